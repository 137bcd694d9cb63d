import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { profilesWarehouseCreateDescription } from './create';
import { profilesWarehouseDeleteDescription } from './delete';
import { simplifyProfilesWarehouse } from './fields';
import { profilesWarehouseGetAllDescription } from './getAll';
import {
	profilesWarehouseGetSelectiveSyncDescription,
	profilesWarehouseGetSelectiveSyncRouting,
} from './getSelectiveSync';
import { profilesWarehouseUpdateDescription } from './update';
import { profilesWarehouseUpdateSelectiveSyncDescription } from './updateSelectiveSync';

const ONE = '/spaces/{spaceId}/profiles-warehouses/{profilesWarehouseId}';

export const profilesWarehouseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['profilesWarehouse'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a profiles sync warehouse',
				description: "Connect a warehouse that receives an Engage space's profiles (alpha API)",
				routing: segmentRouting({
					method: 'POST',
					path: '/spaces/{spaceId}/profiles-warehouses',
					root: 'profilesWarehouse',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a profiles sync warehouse',
				description: "Stop syncing a space's profiles into a warehouse (alpha API)",
				routing: segmentRouting({ method: 'DELETE', path: ONE, version: 'v1alpha' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many profiles sync warehouses',
				description: 'List the warehouses that receive the profiles of a space (alpha API)',
				routing: segmentRouting({
					method: 'GET',
					path: '/spaces/{spaceId}/profiles-warehouses',
					root: 'profilesWarehouses',
					list: true,
					simplify: simplifyProfilesWarehouse,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Get Selective Sync',
				value: 'getSelectiveSync',
				action: 'Get the selective sync of a profiles sync warehouse',
				description:
					'List the collections of a Profiles Sync warehouse, with their properties and whether they sync (alpha API)',
				routing: profilesWarehouseGetSelectiveSyncRouting(),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a profiles sync warehouse',
				description:
					'Change the name, enabled state, schema or settings of a Profiles Sync warehouse (alpha API)',
				routing: segmentRouting({
					method: 'PATCH',
					path: ONE,
					root: 'profilesWarehouse',
					version: 'v1alpha',
				}),
			},
			{
				name: 'Update Selective Sync',
				value: 'updateSelectiveSync',
				action: 'Update the selective sync of a profiles sync warehouse',
				description:
					'Choose which collections and properties of a space sync into a Profiles Sync warehouse (alpha API)',
				routing: segmentRouting({
					method: 'PATCH',
					path: `${ONE}/selective-syncs`,
					version: 'v1alpha',
				}),
			},
		],
		default: 'getAll',
	},
	...profilesWarehouseCreateDescription,
	...profilesWarehouseDeleteDescription,
	...profilesWarehouseGetAllDescription,
	...profilesWarehouseGetSelectiveSyncDescription,
	...profilesWarehouseUpdateDescription,
	...profilesWarehouseUpdateSelectiveSyncDescription,
];
