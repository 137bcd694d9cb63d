import type { INodeProperties, INodePropertyRouting } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { customRouting, resolveId } from '../../shared/routing';
import { listRecords } from '../../shared/transport';
import { checkedLimit } from '../../shared/utils';
import { profilesWarehouseIdField } from './fields';

const show = { resource: ['profilesWarehouse'], operation: ['getSelectiveSync'] };

export const profilesWarehouseGetSelectiveSyncDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField(show, 'The Profiles Sync warehouse whose collections to list'),
	...returnAllAndLimit(show),
];

/**
 * One item per collection, like the other lists; each also carries the answer's
 * `enableEventTables`, which applies to the whole warehouse and would otherwise be lost.
 */
export function profilesWarehouseGetSelectiveSyncRouting(): INodePropertyRouting {
	return customRouting(
		'GET',
		'/spaces/{spaceId}/profiles-warehouses/{profilesWarehouseId}/selective-syncs',
		async function (policy) {
			const spaceId = encodeURIComponent(await resolveId.call(this, 'spaceId'));
			const warehouseId = encodeURIComponent(await resolveId.call(this, 'profilesWarehouseId'));
			const returnAll = this.getNodeParameter('returnAll', false) as boolean;
			const limit = returnAll
				? Infinity
				: checkedLimit(this.getNode(), this.getNodeParameter('limit', 50));
			let enableEventTables: boolean | undefined;
			const records = await listRecords.call(this, {
				...policy,
				path: `/spaces/${spaceId}/profiles-warehouses/${warehouseId}/selective-syncs`,
				version: 'v1alpha',
				root: 'items',
				limit,
				onPage: (data) => {
					if (typeof data.enableEventTables === 'boolean')
						enableEventTables ??= data.enableEventTables;
				},
			});
			return records.map((record) => ({
				json: enableEventTables === undefined ? record : { ...record, enableEventTables },
			}));
		},
	);
}
