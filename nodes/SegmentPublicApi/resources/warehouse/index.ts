import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifySource, simplifyWarehouse } from '../../shared/utils';
import { warehouseConnectSourceDescription } from './connectSource';
import { warehouseCreateDescription } from './create';
import { warehouseDeleteDescription } from './delete';
import { warehouseDisconnectSourceDescription } from './disconnectSource';
import { warehouseGetDescription } from './get';
import { warehouseGetAllDescription } from './getAll';
import { warehouseGetConnectedSourcesDescription } from './getConnectedSources';
import { warehouseGetConnectionStateDescription } from './getConnectionState';
import { warehouseUpdateDescription } from './update';

export const warehouseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['warehouse'] } },
		options: [
			{
				name: 'Connect Source',
				value: 'connectSource',
				action: 'Connect a source to a warehouse',
				description: 'Start syncing a source into a warehouse',
				routing: segmentRouting({
					method: 'POST',
					path: '/warehouses/{warehouseId}/connected-sources/{sourceId}',
				}),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a warehouse',
				description: 'Create a warehouse in the workspace',
				routing: segmentRouting({
					method: 'POST',
					path: '/warehouses',
					root: 'warehouse',
					simplify: simplifyWarehouse,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a warehouse',
				description: 'Delete a warehouse',
				routing: segmentRouting({ method: 'DELETE', path: '/warehouses/{warehouseId}' }),
			},
			{
				name: 'Disconnect Source',
				value: 'disconnectSource',
				action: 'Disconnect a source from a warehouse',
				description: 'Stop syncing a source into a warehouse',
				routing: segmentRouting({
					method: 'DELETE',
					path: '/warehouses/{warehouseId}/connected-sources/{sourceId}',
				}),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a warehouse',
				description: 'Get a warehouse by ID',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}',
					root: 'warehouse',
					simplify: simplifyWarehouse,
				}),
			},
			{
				name: 'Get Connection State',
				value: 'getConnectionState',
				action: 'Get the connection state of a warehouse',
				description: 'Check whether Segment can connect to a warehouse with its settings',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}/connection-state',
				}),
			},
			{
				name: 'Get Connected Sources',
				value: 'getConnectedSources',
				action: 'Get sources connected to a warehouse',
				description: 'List the sources that sync into a warehouse',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}/connected-sources',
					root: 'sources',
					list: true,
					simplify: simplifySource,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many warehouses',
				description: 'List the warehouses of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses',
					root: 'warehouses',
					list: true,
					filtered: true,
					simplify: simplifyWarehouse,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a warehouse',
				description: 'Change the name, enabled state or settings of a warehouse',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/warehouses/{warehouseId}',
					root: 'warehouse',
					simplify: simplifyWarehouse,
				}),
			},
		],
		default: 'getAll',
	},
	...warehouseConnectSourceDescription,
	...warehouseCreateDescription,
	...warehouseDeleteDescription,
	...warehouseDisconnectSourceDescription,
	...warehouseGetDescription,
	...warehouseGetAllDescription,
	...warehouseGetConnectedSourcesDescription,
	...warehouseGetConnectionStateDescription,
	...warehouseUpdateDescription,
];
