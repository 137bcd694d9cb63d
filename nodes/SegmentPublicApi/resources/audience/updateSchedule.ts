import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { audienceIdField, SCHEDULE, scheduleFields, scheduleIdField, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Schedule',
	value: 'updateSchedule',
	action: 'Update an audience schedule',
	description:
		'Change a run schedule of a Linked audience (Segment allows 50 schedule writes per minute)',
	routing: segmentRouting({ method: 'PATCH', path: SCHEDULE, root: 'audienceSchedule' }),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The Linked audience'),
	scheduleIdField('The ID of the schedule to change'),
	...scheduleFields(),
];

const displayOptions = { show: { resource: ['audience'], operation: ['updateSchedule'] } };

export const description = updateDisplayOptions(displayOptions, properties);
