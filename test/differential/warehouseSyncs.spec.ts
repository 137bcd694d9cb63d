/**
 * Differential tests, warehouse syncs, selective sync, advanced sync schedule and settings
 * validation: our node against SelectiveSyncApi and WarehousesApi of Segment's official SDK,
 * compared on method, path, decoded query, body and Authorization header.
 */
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const WH = 'wh#1 /a';
const SRC = 'src?1';
const CURSOR = 'Mg+/c==';

const times = (chosen: number[]) =>
	Array.from({ length: 24 }, (_, hour) => ({ hourOfDay: hour, enabled: chosen.includes(hour) }));

describe('Differential > Warehouse syncs and selective sync', () => {
	it('getAdvancedSyncSchedule sends what getAdvancedSyncScheduleFromWarehouse sends', async () => {
		const respond = always({ data: { enabled: false } });
		const node = await viaNode(
			{ resource: 'warehouse', operation: 'getAdvancedSyncSchedule', warehouseId: byId(WH) },
			respond,
		);
		const official = await viaSdk(
			() => clients.selectiveSync().getAdvancedSyncScheduleFromWarehouse(WH),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('replaceAdvancedSyncSchedule sends what replaceAdvancedSyncScheduleForWarehouse sends', async () => {
		const body = {
			enabled: true,
			schedule: { times: times([0, 6, 23]), timezone: 'Europe/Berlin' },
		};
		const respond = always({ data: body });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'replaceAdvancedSyncSchedule',
				warehouseId: byId(WH),
				syncHours: [23, 0, 6],
				timezone: 'Europe/Berlin',
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.selectiveSync().replaceAdvancedSyncScheduleForWarehouse(WH, body),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('replaceAdvancedSyncSchedule turned off sends what replaceAdvancedSyncScheduleForWarehouse sends', async () => {
		const respond = always({ data: { enabled: false } });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'replaceAdvancedSyncSchedule',
				warehouseId: byId(WH),
				scheduleEnabled: false,
				syncHours: [1],
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.selectiveSync().replaceAdvancedSyncScheduleForWarehouse(WH, { enabled: false }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it.each([
		[
			'getSelectiveSync',
			'listSelectiveSyncsFromWarehouseAndSource',
			'items',
			true,
			(pagination: { count: number; cursor?: string }) =>
				clients.selectiveSync().listSelectiveSyncsFromWarehouseAndSource(WH, SRC, pagination),
		],
		[
			'getSourceSyncs',
			'listSyncsFromWarehouseAndSource',
			'reports',
			true,
			(pagination: { count: number; cursor?: string }) =>
				clients.selectiveSync().listSyncsFromWarehouseAndSource(WH, SRC, pagination),
		],
		[
			'getSyncs',
			'listSyncsFromWarehouse',
			'reports',
			false,
			(pagination: { count: number; cursor?: string }) =>
				clients.selectiveSync().listSyncsFromWarehouse(WH, pagination),
		],
	] as const)(
		'%s sends what %s sends, page by page',
		async (operation, _method, root, withSource, call) => {
			const parameters = {
				resource: 'warehouse',
				operation,
				warehouseId: byId(WH),
				...(withSource ? { sourceId: byId(SRC) } : {}),
			};
			const page = onePage(root, [{ id: 'x' }]);
			const node = await viaNode({ ...parameters, limit: 4 }, page);
			const official = await viaSdk(() => call({ count: 4 }), page);
			expectSameRequests(node.requests, official, 1);
			expectMediaTypes(node.requests[0], official[0], V1, false);

			const pages = twoPages(root, [{ id: 'a' }], [{ id: 'b' }], CURSOR);
			const all = await viaNode({ ...parameters, returnAll: true }, pages);
			const allOfficial = await viaSdk(async () => {
				await call({ count: 1000 });
				await call({ count: 1000, cursor: CURSOR });
			}, pages);
			expectSameRequests(all.requests, allOfficial, 2);
		},
	);

	it('updateSelectiveSync sends what updateSelectiveSyncForWarehouse sends', async () => {
		const respond = always({ data: { status: 'UPDATED', warnings: [] } });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'updateSelectiveSync',
				warehouseId: byId(WH),
				overrides: {
					override: [
						{ sourceId: 'src1', collection: '', property: '', enabled: false },
						{ sourceId: 'src2', collection: 'pages', property: '', enabled: true },
						{ sourceId: 'src2', collection: 'tracks', property: 'context_ip', enabled: false },
					],
				},
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.selectiveSync().updateSelectiveSyncForWarehouse(WH, {
					syncOverrides: [
						{ sourceId: 'src1', enabled: false },
						{ sourceId: 'src2', collection: 'pages', enabled: true },
						{ sourceId: 'src2', collection: 'tracks', property: 'context_ip', enabled: false },
					],
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('validateSettings sends what createValidationInWarehouse sends', async () => {
		const respond = always({ data: { status: 'CONNECTED' } });
		const node = await viaNode(
			{
				resource: 'warehouse',
				operation: 'validateSettings',
				metadataId: 'aea3fX3g4o',
				settings: '{"hostname": "db.example.com", "port": "5432"}',
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.warehouses().createValidationInWarehouse({
					metadataId: 'aea3fX3g4o',
					settings: { hostname: 'db.example.com', port: '5432' },
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});
});
