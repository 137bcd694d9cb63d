import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { audienceCreateDescription } from './create';
import { audienceCreatePreviewDescription } from './createPreview';
import { audienceCreateScheduleDescription } from './createSchedule';
import { audienceDeleteDescription } from './delete';
import { audienceDeleteScheduleDescription } from './deleteSchedule';
import { audienceGetDescription } from './get';
import { audienceGetAllDescription } from './getAll';
import { audienceGetPreviewDescription } from './getPreview';
import { audienceGetReferencesDescription } from './getReferences';
import { audienceGetScheduleDescription } from './getSchedule';
import { audienceGetSchedulesDescription } from './getSchedules';
import { audienceRunDescription } from './run';
import { simplifyAudience } from './simplify';
import { audienceUpdateDescription } from './update';
import { audienceUpdateScheduleDescription } from './updateSchedule';

const AUDIENCES = '/spaces/{spaceId}/audiences';
const AUDIENCE = `${AUDIENCES}/{audienceId}`;
const SCHEDULE = `${AUDIENCE}/schedules/{scheduleId}`;

export const audienceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['audience'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an audience',
				description:
					'Create an audience in a space from a query definition (Segment allows 50 audience writes per minute)',
				routing: segmentRouting({
					method: 'POST',
					path: AUDIENCES,
					root: 'audience',
				}),
			},
			{
				name: 'Create Preview',
				value: 'createPreview',
				action: 'Create an audience preview',
				description:
					'Start computing a sample of the members of a definition; read it with Get Preview (Segment allows 5 per minute and 700 per month per space)',
				routing: segmentRouting({
					method: 'POST',
					path: `${AUDIENCES}/previews`,
					root: 'audiencePreview',
				}),
			},
			{
				name: 'Create Schedule',
				value: 'createSchedule',
				action: 'Create an audience schedule',
				description:
					'Add a run schedule to a Linked audience (Segment allows 50 schedule writes per minute)',
				routing: segmentRouting({
					method: 'POST',
					path: `${AUDIENCE}/schedules`,
					root: 'audienceSchedule',
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an audience',
				description: 'Delete an audience (Segment allows 50 audience writes per minute)',
				routing: segmentRouting({ method: 'DELETE', path: AUDIENCE }),
			},
			{
				name: 'Delete Schedule',
				value: 'deleteSchedule',
				action: 'Delete an audience schedule',
				description:
					'Remove a run schedule from a Linked audience (Segment allows 50 schedule writes per minute)',
				routing: segmentRouting({ method: 'DELETE', path: SCHEDULE }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an audience',
				description: 'Get an audience by ID (Segment allows 100 per minute)',
				routing: segmentRouting({
					method: 'GET',
					path: AUDIENCE,
					root: 'audience',
					simplify: simplifyAudience,
					// `include` exists only in v1alpha; the endpoint answers all three media types.
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many audiences',
				description:
					'List the audiences of a space, in pages of up to 200 (Segment allows 60 list requests per minute)',
				routing: segmentRouting({
					method: 'GET',
					path: AUDIENCES,
					root: 'audiences',
					list: true,
					maxPageSize: 200,
					simplify: simplifyAudience,
					// `pagination`, `search` and `include` exist only in v1alpha.
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Many Schedules',
				value: 'getSchedules',
				action: 'Get many audience schedules',
				description: 'List the run schedules of an audience',
				routing: segmentRouting({
					method: 'GET',
					path: `${AUDIENCE}/schedules`,
					root: 'audienceSchedules',
					list: true,
					unpaginated: true,
				}),
			},
			{
				name: 'Get Preview',
				value: 'getPreview',
				action: 'Get an audience preview',
				description:
					'Read the status, size and sampled members of a preview (Segment allows 300 per minute)',
				routing: segmentRouting({
					method: 'GET',
					path: `${AUDIENCES}/previews/{previewId}`,
					root: 'audiencePreview',
				}),
			},
			{
				name: 'Get References',
				value: 'getReferences',
				action: 'Get the consumers of an audience',
				description:
					'List the audiences that reference an audience (alpha; Segment allows 25 per minute)',
				routing: segmentRouting({
					method: 'GET',
					path: `${AUDIENCE}/audience-references`,
					root: 'audiences',
					list: true,
					simplify: simplifyAudience,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Schedule',
				value: 'getSchedule',
				action: 'Get an audience schedule',
				description: 'Get a run schedule of an audience by ID',
				routing: segmentRouting({ method: 'GET', path: SCHEDULE, root: 'audienceSchedule' }),
			},
			{
				name: 'Run Now',
				value: 'run',
				action: 'Run an audience now',
				description: 'Force a run of a Linked audience now, outside its schedule',
				routing: segmentRouting({ method: 'POST', path: `${AUDIENCE}/runs`, root: 'run' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an audience',
				description:
					'Change an audience; Segment locks it from further edits until the change applies (50 audience writes per minute)',
				routing: segmentRouting({
					method: 'PATCH',
					path: AUDIENCE,
					root: 'audience',
				}),
			},
			{
				name: 'Update Schedule',
				value: 'updateSchedule',
				action: 'Update an audience schedule',
				description:
					'Change a run schedule of a Linked audience (Segment allows 50 schedule writes per minute)',
				routing: segmentRouting({ method: 'PATCH', path: SCHEDULE, root: 'audienceSchedule' }),
			},
		],
		default: 'getAll',
	},
	...audienceCreateDescription,
	...audienceCreatePreviewDescription,
	...audienceCreateScheduleDescription,
	...audienceDeleteDescription,
	...audienceDeleteScheduleDescription,
	...audienceGetDescription,
	...audienceGetAllDescription,
	...audienceGetPreviewDescription,
	...audienceGetReferencesDescription,
	...audienceGetScheduleDescription,
	...audienceGetSchedulesDescription,
	...audienceRunDescription,
	...audienceUpdateDescription,
	...audienceUpdateScheduleDescription,
];
