import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyFunction } from '../../shared/utils';
import { functionCreateDescription } from './create';
import { functionDeleteDescription } from './delete';
import { functionDeployDescription } from './deploy';
import { functionGetDescription } from './get';
import { functionGetAllDescription } from './getAll';
import { functionGetVersionDescription } from './getVersion';
import { functionGetVersionsDescription } from './getVersions';
import { functionRestoreVersionDescription } from './restoreVersion';
import { functionUpdateDescription } from './update';

export const functionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['function'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a function',
				description: 'Create a source, destination or insert function',
				routing: segmentRouting({
					method: 'POST',
					path: '/functions',
					root: 'function',
					simplify: simplifyFunction,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a function',
				description: 'Delete a function',
				routing: segmentRouting({ method: 'DELETE', path: '/functions/{functionId}' }),
			},
			{
				name: 'Deploy',
				value: 'deploy',
				action: 'Deploy a function',
				description: 'Deploy the latest code of a function to its instances',
				routing: segmentRouting({
					method: 'POST',
					path: '/functions/{functionId}/deploy',
					root: 'functionDeployment',
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a function',
				description: 'Get a function with its code and settings',
				routing: segmentRouting({
					method: 'GET',
					path: '/functions/{functionId}',
					root: 'function',
					simplify: simplifyFunction,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many functions',
				description: 'List the functions of one type',
				routing: segmentRouting({
					method: 'GET',
					path: '/functions',
					root: 'functions',
					list: true,
					simplify: simplifyFunction,
				}),
			},
			{
				name: 'Get Version',
				value: 'getVersion',
				action: 'Get a function version',
				description: "Get one saved version of a function's code",
				routing: segmentRouting({
					method: 'GET',
					path: '/functions/{functionId}/versions/{versionId}',
					root: 'version',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Versions',
				value: 'getVersions',
				action: 'Get versions of a function',
				description: "List the saved versions of a function's code",
				routing: segmentRouting({
					method: 'GET',
					path: '/functions/{functionId}/versions',
					root: 'versions',
					list: true,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Restore Version',
				value: 'restoreVersion',
				action: 'Restore a function version',
				description: "Make a saved version the function's current code",
				routing: segmentRouting({
					method: 'POST',
					path: '/functions/{functionId}/versions',
					root: 'version',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a function',
				description: 'Change the code, settings or name of a function',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/functions/{functionId}',
					root: 'function',
					simplify: simplifyFunction,
				}),
			},
		],
		default: 'getAll',
	},
	...functionCreateDescription,
	...functionDeleteDescription,
	...functionDeployDescription,
	...functionGetDescription,
	...functionGetAllDescription,
	...functionGetVersionDescription,
	...functionGetVersionsDescription,
	...functionRestoreVersionDescription,
	...functionUpdateDescription,
];
