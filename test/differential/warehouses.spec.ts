/**
 * Differential tests, Warehouse resource: our node against WarehousesApi of Segment's official
 * SDK, compared on method, path, query, body and Authorization header.
 */
import { source, warehouse } from '../harness/segment';
import { always, byId, expectSameRequests, onePage, sdk, twoPages, viaNode, viaSdk } from './capture';

const AWKWARD_ID = 'id with space/slash';
const AWKWARD_SOURCE = 'src ?#%/x';
const CURSOR = 'Mg+/cursor==';

describe('Differential > Warehouse', () => {
	it('create sends what WarehousesApi.createWarehouse sends', async () => {
		const respond = always({ data: { warehouse: warehouse(1) } });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'create',
				metadataId: 'aea3fX3g4o',
				settings: '{"name":"Analytics","hostname":"db.example.com","port":5432}',
				additionalFields: { enabled: false, name: 'Analytics' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.warehouses().createWarehouse({
					metadataId: 'aea3fX3g4o',
					settings: { name: 'Analytics', hostname: 'db.example.com', port: 5432 },
					enabled: false,
					name: 'Analytics',
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get sends what WarehousesApi.getWarehouse sends, encoding the ID alike', async () => {
		const respond = always({ data: { warehouse: warehouse(1) } });
		const node = await viaNode({ resource: 'warehouse', operation: 'get', warehouseId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => sdk.warehouses().getWarehouse(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with a Limit sends what listWarehouses({count}) sends', async () => {
		const respond = onePage('warehouses', [warehouse(1)]);
		const node = await viaNode({ resource: 'warehouse', operation: 'getAll', returnAll: false, limit: 4 }, respond);
		const official = await viaSdk(() => sdk.warehouses().listWarehouses({ count: 4 }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with Return All follows two pages as listWarehouses does with the same count and cursor', async () => {
		const respond = twoPages('warehouses', [warehouse(1)], [warehouse(2), warehouse(3)], CURSOR);
		const node = await viaNode({ resource: 'warehouse', operation: 'getAll', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = sdk.warehouses();
			await api.listWarehouses({ count: 1000 });
			await api.listWarehouses({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toHaveLength(3);
	});

	it('update sends what WarehousesApi.updateWarehouse sends', async () => {
		const respond = always({ data: { warehouse: warehouse(1) } });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'update',
				warehouseId: byId(AWKWARD_ID),
				settings: '{"hostname":"db2.example.com"}',
				updateFields: { enabled: true, name: 'Renamed' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.warehouses().updateWarehouse(AWKWARD_ID, {
					settings: { hostname: 'db2.example.com' },
					enabled: true,
					name: 'Renamed',
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('update with empty settings and no other field sends what updateWarehouse({settings: {}}) sends', async () => {
		const respond = always({ data: { warehouse: warehouse(1) } });
		const node = await viaNode(
			{ resource: 'warehouse', operation: 'update', warehouseId: byId('wh1'), settings: '{}' },
			respond,
		);
		const official = await viaSdk(() => sdk.warehouses().updateWarehouse('wh1', { settings: {} }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('delete sends what WarehousesApi.deleteWarehouse sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{ resource: 'warehouse', operation: 'delete', warehouseId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(() => sdk.warehouses().deleteWarehouse(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getConnectedSources with a Limit sends what listConnectedSourcesFromWarehouse sends', async () => {
		const respond = onePage('sources', [source(1)]);
		const node = await viaNode(
			{ resource: 'warehouse', operation: 'getConnectedSources', warehouseId: byId(AWKWARD_ID), limit: 9 },
			respond,
		);
		const official = await viaSdk(
			() => sdk.warehouses().listConnectedSourcesFromWarehouse(AWKWARD_ID, { count: 9 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getConnectedSources with Return All follows the cursor as listConnectedSourcesFromWarehouse does', async () => {
		const respond = twoPages('sources', [source(1)], [source(2)], CURSOR);
		const node = await viaNode(
			{ resource: 'warehouse', operation: 'getConnectedSources', warehouseId: byId('wh1'), returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = sdk.warehouses();
			await api.listConnectedSourcesFromWarehouse('wh1', { count: 1000 });
			await api.listConnectedSourcesFromWarehouse('wh1', { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
	});

	it('connectSource sends what addConnectionFromSourceToWarehouse sends', async () => {
		const respond = always({ data: {} }, 201);
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'connectSource',
				warehouseId: byId(AWKWARD_ID),
				sourceId: byId(AWKWARD_SOURCE),
			},
			respond,
		);
		const official = await viaSdk(
			() => sdk.warehouses().addConnectionFromSourceToWarehouse(AWKWARD_ID, AWKWARD_SOURCE),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expect(node.requests[0].path).toBe(
			'/warehouses/id%20with%20space%2Fslash/connected-sources/src%20%3F%23%25%2Fx',
		);
	});

	it('disconnectSource sends what removeSourceConnectionFromWarehouse sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'disconnectSource',
				warehouseId: byId(AWKWARD_ID),
				sourceId: byId(AWKWARD_SOURCE),
			},
			respond,
		);
		const official = await viaSdk(
			() => sdk.warehouses().removeSourceConnectionFromWarehouse(AWKWARD_ID, AWKWARD_SOURCE),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});
});
