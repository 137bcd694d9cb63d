import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifySource, simplifyWarehouse } from '../../shared/utils';
import { warehouseConnectSourceDescription } from './connectSource';
import { warehouseCreateDescription } from './create';
import { warehouseDeleteDescription } from './delete';
import { warehouseDisconnectSourceDescription } from './disconnectSource';
import { warehouseGetDescription } from './get';
import { warehouseGetAdvancedSyncScheduleDescription } from './getAdvancedSyncSchedule';
import { warehouseGetAllDescription } from './getAll';
import { warehouseGetConnectedSourcesDescription } from './getConnectedSources';
import { warehouseGetConnectionStateDescription } from './getConnectionState';
import { warehouseGetSelectiveSyncDescription } from './getSelectiveSync';
import { warehouseGetSourceSyncsDescription } from './getSourceSyncs';
import { warehouseGetSyncsDescription } from './getSyncs';
import { warehouseReplaceAdvancedSyncScheduleDescription } from './replaceAdvancedSyncSchedule';
import { warehouseUpdateDescription } from './update';
import { warehouseUpdateSelectiveSyncDescription } from './updateSelectiveSync';
import { warehouseValidateSettingsDescription } from './validateSettings';

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
				name: 'Get Advanced Sync Schedule',
				value: 'getAdvancedSyncSchedule',
				action: 'Get the advanced sync schedule of a warehouse',
				description:
					'Get the hours of the day at which a warehouse syncs, when it has an advanced schedule. Segment allows 2 requests per minute to this endpoint.',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}/advanced-sync-schedule',
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
				name: 'Get Selective Sync',
				value: 'getSelectiveSync',
				action: 'Get the selective sync of a source in a warehouse',
				description:
					'List the collections of a connected source, with the properties of each and whether they sync into the warehouse. Segment allows 2 requests per minute to this endpoint.',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}/connected-sources/{sourceId}/selective-syncs',
					root: 'items',
					list: true,
				}),
			},
			{
				name: 'Get Source Syncs',
				value: 'getSourceSyncs',
				action: 'Get the syncs of a source into a warehouse',
				description:
					'List the recent syncs of one connected source into a warehouse, with their status, duration, row count and notices. Segment allows 2 requests per minute to this endpoint.',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}/connected-sources/{sourceId}/syncs',
					root: 'reports',
					list: true,
				}),
			},
			{
				name: 'Get Syncs',
				value: 'getSyncs',
				action: 'Get the syncs of a warehouse',
				description:
					'List the recent syncs of every source connected to a warehouse, with their status, duration, row count and notices. Segment allows 2 requests per minute to this endpoint.',
				routing: segmentRouting({
					method: 'GET',
					path: '/warehouses/{warehouseId}/syncs',
					root: 'reports',
					list: true,
				}),
			},
			{
				name: 'Replace Advanced Sync Schedule',
				value: 'replaceAdvancedSyncSchedule',
				action: 'Replace the advanced sync schedule of a warehouse',
				description:
					'Set the hours of the day at which a warehouse syncs, or turn its advanced schedule off. Segment allows 2 requests per minute to this endpoint.',
				routing: segmentRouting({
					method: 'PUT',
					path: '/warehouses/{warehouseId}/advanced-sync-schedule',
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
			{
				name: 'Update Selective Sync',
				value: 'updateSelectiveSync',
				action: 'Update the selective sync of a warehouse',
				description:
					'Choose which sources, collections and properties sync into a warehouse. Segment allows 2 requests per minute to this endpoint.',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/warehouses/{warehouseId}/selective-sync',
				}),
			},
			{
				name: 'Validate Settings',
				value: 'validateSettings',
				action: 'Validate warehouse settings',
				description:
					'Check whether Segment can connect to a warehouse with the given settings, without creating it',
				routing: segmentRouting({ method: 'POST', path: '/warehouses/validation' }),
			},
		],
		default: 'getAll',
	},
	...warehouseConnectSourceDescription,
	...warehouseCreateDescription,
	...warehouseDeleteDescription,
	...warehouseDisconnectSourceDescription,
	...warehouseGetDescription,
	...warehouseGetAdvancedSyncScheduleDescription,
	...warehouseGetAllDescription,
	...warehouseGetConnectedSourcesDescription,
	...warehouseGetConnectionStateDescription,
	...warehouseGetSelectiveSyncDescription,
	...warehouseGetSourceSyncsDescription,
	...warehouseGetSyncsDescription,
	...warehouseReplaceAdvancedSyncScheduleDescription,
	...warehouseUpdateDescription,
	...warehouseUpdateSelectiveSyncDescription,
	...warehouseValidateSettingsDescription,
];
