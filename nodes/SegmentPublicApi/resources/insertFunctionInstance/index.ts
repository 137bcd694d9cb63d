import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { insertFunctionInstanceCreateDescription } from './create';
import { insertFunctionInstanceDeleteDescription } from './delete';
import { insertFunctionInstanceGetDescription } from './get';
import { insertFunctionInstanceGetAllDescription } from './getAll';
import { insertFunctionInstanceUpdateDescription } from './update';

// Alpha endpoints: Segment serves them only with the v1alpha media type.
const INSTANCES = '/insert-function-instances';
const INSTANCE = `${INSTANCES}/{instanceId}`;

export const insertFunctionInstanceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['insertFunctionInstance'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an insert function instance',
				description: 'Connect an insert function to a destination or a source',
				routing: segmentRouting({
					method: 'POST',
					path: INSTANCES,
					root: 'insertFunctionInstance',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an insert function instance',
				description: 'Disconnect an insert function from its destination or source',
				routing: segmentRouting({ method: 'DELETE', path: INSTANCE, version: 'v1alpha' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an insert function instance',
				description: 'Get an insert function instance by ID',
				routing: segmentRouting({
					method: 'GET',
					path: INSTANCE,
					root: 'insertFunctionInstance',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many insert function instances',
				description: 'List the instances of an insert function',
				routing: segmentRouting({
					method: 'GET',
					path: INSTANCES,
					root: 'instances',
					list: true,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an insert function instance',
				description: 'Change the settings, name or state of an insert function instance',
				routing: segmentRouting({
					method: 'PATCH',
					path: INSTANCE,
					root: 'insertFunctionInstance',
					version: 'v1alpha',
				}),
			},
		],
		default: 'getAll',
	},
	...insertFunctionInstanceCreateDescription,
	...insertFunctionInstanceDeleteDescription,
	...insertFunctionInstanceGetDescription,
	...insertFunctionInstanceGetAllDescription,
	...insertFunctionInstanceUpdateDescription,
];
