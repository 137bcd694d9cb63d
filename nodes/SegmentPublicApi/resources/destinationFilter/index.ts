import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { destinationFilterCreateDescription, destinationFilterCreateRouting } from './create';
import { destinationFilterDeleteDescription } from './delete';
import { destinationFilterGetDescription } from './get';
import { destinationFilterGetAllDescription } from './getAll';
import { destinationFilterPreviewDescription } from './preview';
import { destinationFilterUpdateDescription } from './update';

// Segment's paths for destination filters use the singular "destination".
const FILTER = '/destination/{destinationId}/filters/{filterId}';

export const destinationFilterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['destinationFilter'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a destination filter',
				description: 'Add a filter that drops, samples or trims the events sent to a destination',
				routing: destinationFilterCreateRouting,
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a destination filter',
				description: 'Delete a filter of a destination',
				routing: segmentRouting({ method: 'DELETE', path: FILTER }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a destination filter',
				description: 'Get a filter of a destination by ID',
				routing: segmentRouting({ method: 'GET', path: FILTER, root: 'filter' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many destination filters',
				description: 'List the filters of a destination',
				routing: segmentRouting({
					method: 'GET',
					path: '/destination/{destinationId}/filters',
					root: 'filters',
					list: true,
				}),
			},
			{
				name: 'Preview',
				value: 'preview',
				action: 'Preview a destination filter',
				description: 'Try a condition and actions on an event and see what Segment would send',
				routing: segmentRouting({ method: 'POST', path: '/destination/filters/preview' }),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a destination filter',
				description: 'Change the condition, actions, title or state of a filter',
				routing: segmentRouting({ method: 'PATCH', path: FILTER, root: 'filter' }),
			},
		],
		default: 'getAll',
	},
	...destinationFilterCreateDescription,
	...destinationFilterDeleteDescription,
	...destinationFilterGetDescription,
	...destinationFilterGetAllDescription,
	...destinationFilterPreviewDescription,
	...destinationFilterUpdateDescription,
];
