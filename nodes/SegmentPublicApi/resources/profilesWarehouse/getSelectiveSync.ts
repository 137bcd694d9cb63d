import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyRouting,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { requestPolicyOf, resolveId } from '../../shared/routing';
import { MAX_PAGE_SIZE, segmentApiRequest } from '../../shared/transport';
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
	async function run(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const spaceId = encodeURIComponent(await resolveId.call(this, 'spaceId'));
		const warehouseId = encodeURIComponent(await resolveId.call(this, 'profilesWarehouseId'));
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll
			? Infinity
			: checkedLimit(this.getNode(), this.getNodeParameter('limit', 50));
		const path = `/spaces/${spaceId}/profiles-warehouses/${warehouseId}/selective-syncs`;
		const policy = requestPolicyOf.call(this, requestData);
		const records: IDataObject[] = [];
		const cursors = new Set<string>();
		let cursor: string | undefined;
		let enableEventTables: unknown;
		while (records.length < limit) {
			const qs: IDataObject = {
				'pagination[count]': Math.min(MAX_PAGE_SIZE, limit - records.length),
			};
			if (cursor) qs['pagination[cursor]'] = cursor;
			const data = await segmentApiRequest.call(this, {
				method: 'GET',
				path,
				qs,
				version: 'v1alpha',
				...policy,
			});
			if (typeof data.enableEventTables === 'boolean') enableEventTables ??= data.enableEventTables;
			records.push(...(Array.isArray(data.items) ? (data.items as IDataObject[]) : []));
			const next = (data.pagination as IDataObject | undefined)?.next;
			if (typeof next !== 'string' || !next || cursors.has(next)) break;
			cursors.add(next);
			cursor = next;
		}
		return records.slice(0, limit).map((record) => ({
			json: enableEventTables === undefined ? record : { ...record, enableEventTables },
		}));
	}

	return {
		request: {
			method: 'GET',
			url: '/spaces/{spaceId}/profiles-warehouses/{profilesWarehouseId}/selective-syncs',
		},
		send: { paginate: true },
		operations: { pagination: run },
	};
}
