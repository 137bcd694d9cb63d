import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { spaceFilterCreateDescription } from './create';
import { spaceFilterDeleteDescription } from './delete';
import { SPACE_FILTER_PAGE_SIZE, simplifySpaceFilter } from './fields';
import { spaceFilterGetDescription } from './get';
import { spaceFilterGetAllDescription } from './getAll';
import { spaceFilterUpdateDescription } from './update';

const FILTER = '/filters/{filterId}';

export const spaceFilterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['spaceFilter'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a space filter',
				description: 'Create a filter for the events of every source connected to a space',
				routing: segmentRouting({
					method: 'POST',
					path: '/filters',
					root: 'filter',
					version: 'v1beta',
					simplify: simplifySpaceFilter,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a space filter',
				description: 'Delete a space filter',
				routing: segmentRouting({ method: 'DELETE', path: FILTER, version: 'v1beta' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a space filter',
				description: 'Get a space filter by ID',
				routing: segmentRouting({
					method: 'GET',
					path: FILTER,
					root: 'filter',
					version: 'v1beta',
					simplify: simplifySpaceFilter,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many space filters',
				description: 'List the filters of a space (Segment sends at most 10 per page)',
				routing: segmentRouting({
					method: 'GET',
					path: '/filters',
					root: 'filters',
					list: true,
					maxPageSize: SPACE_FILTER_PAGE_SIZE,
					version: 'v1beta',
					simplify: simplifySpaceFilter,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a space filter',
				description:
					'Change a space filter. Segment documents this as replacing the filter, so give every field it should keep.',
				routing: segmentRouting({
					method: 'PATCH',
					path: FILTER,
					root: 'filter',
					version: 'v1beta',
					simplify: simplifySpaceFilter,
				}),
			},
		],
		default: 'getAll',
	},
	...spaceFilterCreateDescription,
	...spaceFilterDeleteDescription,
	...spaceFilterGetDescription,
	...spaceFilterGetAllDescription,
	...spaceFilterUpdateDescription,
];
