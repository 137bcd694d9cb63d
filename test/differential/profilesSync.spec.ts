/**
 * Differential tests, Engage Profiles Sync (profiles warehouses): our node against
 * ProfilesSyncApi of Segment's official SDK, compared on method, path, decoded query, body and
 * Authorization header.
 */
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1ALPHA } from './clients';

const SPACE = 'spa?1';
const PWH = 'pwh/1 x';
const SNOWFLAKE = 'CCIl4HLQPz';
const warehouse = { id: 'pwh1', spaceId: 'spa1', enabled: true };
const one = always({ data: { profilesWarehouse: warehouse } });

describe('Differential > Profiles Sync', () => {
	it('create sends what createProfilesWarehouse sends', async () => {
		const node = await viaNode(
			{
				resource: 'profilesWarehouse',
				operation: 'create',
				spaceId: byId(SPACE),
				metadataId: SNOWFLAKE,
				settings: '{"account": "acme", "password": "secret"}',
				additionalFields: { enabled: false, name: 'Profiles 1', schemaName: 'profiles_1' },
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.profilesSync().createProfilesWarehouse(SPACE, {
					metadataId: SNOWFLAKE,
					settings: { account: 'acme', password: 'secret' },
					enabled: false,
					name: 'Profiles 1',
					schemaName: 'profiles_1',
				}),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('getAll sends what listProfilesWarehouseInSpace sends, page by page', async () => {
		const page = onePage('profilesWarehouses', [warehouse]);
		const node = await viaNode(
			{
				resource: 'profilesWarehouse',
				operation: 'getAll',
				spaceId: byId(SPACE),
				limit: 2,
				simplify: false,
			},
			page,
		);
		const official = await viaSdk(
			() => clients.profilesSync().listProfilesWarehouseInSpace(SPACE, { count: 2 }),
			page,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);

		const pages = twoPages('profilesWarehouses', [warehouse], [warehouse], 'Mg+/c==');
		const all = await viaNode(
			{ resource: 'profilesWarehouse', operation: 'getAll', spaceId: byId(SPACE), returnAll: true },
			pages,
		);
		const allOfficial = await viaSdk(async () => {
			const api = clients.profilesSync();
			await api.listProfilesWarehouseInSpace(SPACE, { count: 1000 });
			await api.listProfilesWarehouseInSpace(SPACE, { count: 1000, cursor: 'Mg+/c==' });
		}, pages);
		expectSameRequests(all.requests, allOfficial, 2);
	});

	it('update sends what updateProfilesWarehouseForSpaceWarehouse sends', async () => {
		const node = await viaNode(
			{
				resource: 'profilesWarehouse',
				operation: 'update',
				spaceId: byId(SPACE),
				profilesWarehouseId: PWH,
				settings: '{"account": "acme2"}',
				updateFields: { enabled: true, name: 'Renamed', schemaName: 'profiles_new' },
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.profilesSync().updateProfilesWarehouseForSpaceWarehouse(SPACE, PWH, {
					settings: { account: 'acme2' },
					enabled: true,
					name: 'Renamed',
					schemaName: 'profiles_new',
				}),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('delete sends what removeProfilesWarehouseFromSpace sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{
				resource: 'profilesWarehouse',
				operation: 'delete',
				spaceId: byId(SPACE),
				profilesWarehouseId: PWH,
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.profilesSync().removeProfilesWarehouseFromSpace(SPACE, PWH),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('getSelectiveSync sends what listSelectiveSyncsFromWarehouseAndSpace sends, page by page', async () => {
		const parameters = {
			resource: 'profilesWarehouse',
			operation: 'getSelectiveSync',
			spaceId: byId(SPACE),
			profilesWarehouseId: PWH,
		};
		const page = onePage('items', [{ collection: 'tracks', enabled: true }]);
		const node = await viaNode({ ...parameters, limit: 3 }, page);
		const official = await viaSdk(
			() =>
				clients.profilesSync().listSelectiveSyncsFromWarehouseAndSpace(SPACE, PWH, { count: 3 }),
			page,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);

		const pages = twoPages('items', [{ collection: 'a' }], [{ collection: 'b' }], 'Mg+/c==');
		const all = await viaNode({ ...parameters, returnAll: true }, pages);
		const allOfficial = await viaSdk(async () => {
			const api = clients.profilesSync();
			await api.listSelectiveSyncsFromWarehouseAndSpace(SPACE, PWH, { count: 1000 });
			await api.listSelectiveSyncsFromWarehouseAndSpace(SPACE, PWH, {
				count: 1000,
				cursor: 'Mg+/c==',
			});
		}, pages);
		expectSameRequests(all.requests, allOfficial, 2);
	});

	it('updateSelectiveSync sends what updateSelectiveSyncForWarehouseAndSpace sends', async () => {
		const respond = always({ data: { status: 'UPDATED' } });
		const node = await viaNode(
			{
				resource: 'profilesWarehouse',
				operation: 'updateSelectiveSync',
				spaceId: byId(SPACE),
				profilesWarehouseId: PWH,
				updateFields: { enableEventTables: true },
				overrides: {
					override: [
						{ collection: 'tracks', property: '', enabled: false },
						{ collection: 'identifies', property: 'context_ip', enabled: false },
					],
				},
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.profilesSync().updateSelectiveSyncForWarehouseAndSpace(SPACE, PWH, {
					enableEventTables: true,
					syncOverrides: [
						{ collection: 'tracks', enabled: false },
						{ collection: 'identifies', property: 'context_ip', enabled: false },
					],
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});
});
