import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { warehouseCredentialCreateDescription } from './create';
import { warehouseCredentialDeleteDescription } from './delete';
import { warehouseCredentialGetDescription } from './get';
import { warehouseCredentialGetAllDescription } from './getAll';
import {
	warehouseCredentialGetConsumersDescription,
	warehouseCredentialGetConsumersRouting,
} from './getConsumers';
import { simplifyCredential } from './simplify';
import { warehouseCredentialUpdateDescription } from './update';
import { credentialWriteRouting } from './write';

export const warehouseCredentialDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['warehouseCredential'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a warehouse credential',
				description:
					'Create a reusable credential that warehouses and sources can connect with; secrets are never shown back',
				routing: credentialWriteRouting('create'),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a warehouse credential',
				description: 'Delete a credential that no warehouse or source uses any more',
				routing: segmentRouting({ method: 'DELETE', path: '/credentials/{credentialId}' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a warehouse credential',
				description: 'Get a credential by ID; Segment masks its secrets',
				routing: segmentRouting({
					method: 'GET',
					path: '/credentials/{credentialId}',
					root: 'credential',
					simplify: simplifyCredential,
				}),
			},
			{
				name: 'Get Consumers',
				value: 'getConsumers',
				action: 'Get the consumers of a warehouse credential',
				description:
					'List the warehouses and sources that use a credential, one item each, warehouses first',
				routing: warehouseCredentialGetConsumersRouting,
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many warehouse credentials',
				description: 'List the credentials of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/credentials',
					root: 'credentials',
					list: true,
					simplify: simplifyCredential,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a warehouse credential',
				description:
					'Change the name or settings of a credential; every warehouse that uses it is affected at once',
				routing: credentialWriteRouting('update'),
			},
		],
		default: 'getAll',
	},
	...warehouseCredentialCreateDescription,
	...warehouseCredentialDeleteDescription,
	...warehouseCredentialGetDescription,
	...warehouseCredentialGetAllDescription,
	...warehouseCredentialGetConsumersDescription,
	...warehouseCredentialUpdateDescription,
];
