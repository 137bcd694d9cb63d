import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { isoTimeQuery, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many audit events',
	description:
		"List the workspace's audit trail: who created, changed or deleted what, newest first",
	routing: segmentRouting({
		method: 'GET',
		path: '/audit-events',
		root: 'events',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'End Time',
				name: 'endTime',
				type: 'dateTime',
				default: '',
				description: 'Only events before this time; by default, up to now',
				routing: { send: { preSend: [isoTimeQuery('filters.endTime', 'End Time', 'endTime')] } },
			},
			{
				displayName: 'Resource ID',
				name: 'resourceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. qQEHquLrjRDN9j1ByrChyn',
				description: 'Only events about this resource, for example one source',
				routing: { send: { type: 'query', property: 'resourceId' } },
			},
			{
				displayName: 'Resource Type',
				name: 'resourceType',
				type: 'string',
				default: '',
				placeholder: 'e.g. source',
				description:
					'Only events about this type of resource, as Segment names it in the "resourceType" of an event, for example source or function',
				routing: { send: { type: 'query', property: 'resourceType' } },
			},
			{
				displayName: 'Start Time',
				name: 'startTime',
				type: 'dateTime',
				default: '',
				description: 'Only events after this time',
				routing: {
					send: { preSend: [isoTimeQuery('filters.startTime', 'Start Time', 'startTime')] },
				},
			},
		],
	},
];

const displayOptions = { show: { resource: ['auditEvent'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
