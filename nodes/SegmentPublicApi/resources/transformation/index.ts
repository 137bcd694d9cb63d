import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyTransformation } from '../../shared/utils';
import { transformationCreateDescription } from './create';
import { transformationDeleteDescription } from './delete';
import { transformationGetDescription } from './get';
import { transformationGetAllDescription } from './getAll';
import { transformationUpdateDescription } from './update';

export const transformationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['transformation'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a transformation',
				description: "Create a transformation of a source's events",
				routing: segmentRouting({
					method: 'POST',
					path: '/transformations',
					root: 'transformation',
					simplify: simplifyTransformation,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a transformation',
				description: 'Delete a transformation',
				routing: segmentRouting({ method: 'DELETE', path: '/transformations/{transformationId}' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a transformation',
				description: 'Get a transformation by ID',
				routing: segmentRouting({
					method: 'GET',
					path: '/transformations/{transformationId}',
					root: 'transformation',
					simplify: simplifyTransformation,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many transformations',
				description: 'List the transformations of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/transformations',
					root: 'transformations',
					list: true,
					simplify: simplifyTransformation,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a transformation',
				description: 'Change a transformation',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/transformations/{transformationId}',
					root: 'transformation',
					simplify: simplifyTransformation,
				}),
			},
		],
		default: 'getAll',
	},
	...transformationCreateDescription,
	...transformationDeleteDescription,
	...transformationGetDescription,
	...transformationGetAllDescription,
	...transformationUpdateDescription,
];
