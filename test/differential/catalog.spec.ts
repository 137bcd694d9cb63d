/**
 * Differential tests, Catalog resource: Get and Get Many for each catalog (source, destination,
 * warehouse types) against CatalogApi of Segment's official SDK.
 */
import { catalogEntry } from '../harness/segment';
import { CatalogApi } from '@segment/public-api-sdk-typescript';
import { always, expectSameRequests, onePage, sdk, twoPages, viaNode, viaSdk } from './capture';

const AWKWARD_ID = 'meta id/1';
const CURSOR = 'Mg+/cursor==';

interface CatalogCase {
	catalogType: 'source' | 'destination' | 'warehouse';
	/** Key of the list under `data`. */
	listRoot: string;
	/** Key of one entry under `data`. */
	itemRoot: string;
	list: (api: CatalogApi, pagination: { count: number; cursor?: string }) => Promise<unknown>;
	get: (api: CatalogApi, id: string) => Promise<unknown>;
	listName: string;
	getName: string;
}

const CASES: CatalogCase[] = [
	{
		catalogType: 'source',
		listRoot: 'sourcesCatalog',
		itemRoot: 'sourceMetadata',
		list: (api, pagination) => api.getSourcesCatalog(pagination),
		get: (api, id) => api.getSourceMetadata(id),
		listName: 'getSourcesCatalog',
		getName: 'getSourceMetadata',
	},
	{
		catalogType: 'destination',
		listRoot: 'destinationsCatalog',
		itemRoot: 'destinationMetadata',
		list: (api, pagination) => api.getDestinationsCatalog(pagination),
		get: (api, id) => api.getDestinationMetadata(id),
		listName: 'getDestinationsCatalog',
		getName: 'getDestinationMetadata',
	},
	{
		catalogType: 'warehouse',
		listRoot: 'warehousesCatalog',
		itemRoot: 'warehouseMetadata',
		list: (api, pagination) => api.getWarehousesCatalog(pagination),
		get: (api, id) => api.getWarehouseMetadata(id),
		listName: 'getWarehousesCatalog',
		getName: 'getWarehouseMetadata',
	},
];

describe.each(CASES)('Differential > Catalog ($catalogType types)', (c) => {
	it(`get sends what CatalogApi.${c.getName} sends`, async () => {
		const respond = always({ data: { [c.itemRoot]: catalogEntry(1) } });
		const node = await viaNode(
			{ resource: 'catalog', operation: 'get', catalogType: c.catalogType, catalogItemId: 'meta1' },
			respond,
		);
		const official = await viaSdk(() => c.get(sdk.catalog(), 'meta1'), respond);
		expectSameRequests(node.requests, official, 1);
		expect(node.items).toHaveLength(1);
	});

	it(`get encodes an awkward ID in the path as ${c.getName} does`, async () => {
		const respond = always({ data: { [c.itemRoot]: catalogEntry(1) } });
		const node = await viaNode(
			{ resource: 'catalog', operation: 'get', catalogType: c.catalogType, catalogItemId: AWKWARD_ID },
			respond,
		);
		const official = await viaSdk(() => c.get(sdk.catalog(), AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it(`getAll with a Limit sends what ${c.listName}({count}) sends`, async () => {
		const respond = onePage(c.listRoot, [catalogEntry(1), catalogEntry(2)], 'Mg==');
		const node = await viaNode(
			{ resource: 'catalog', operation: 'getAll', catalogType: c.catalogType, returnAll: false, limit: 2 },
			respond,
		);
		const official = await viaSdk(() => c.list(sdk.catalog(), { count: 2 }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it(`getAll with Return All follows two pages as ${c.listName} does with the same count and cursor`, async () => {
		const respond = twoPages(c.listRoot, [catalogEntry(1)], [catalogEntry(2)], CURSOR);
		const node = await viaNode(
			{ resource: 'catalog', operation: 'getAll', catalogType: c.catalogType, returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = sdk.catalog();
			await c.list(api, { count: 1000 });
			await c.list(api, { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toHaveLength(2);
	});
});
