/**
 * Differential tests, Source resource: each operation of our node must put on the wire what
 * Segment's official SDK sends for the same logical input (method, path, query, body, token).
 * Header media types and the fields the SDK cannot send are covered in differences.test.ts.
 */
import { destination, source, warehouse } from '../harness/segment';
import { always, byId, expectSameRequests, onePage, sdk, twoPages, viaNode, viaSdk } from './capture';

/** An ID whose path segment needs percent-encoding (space and slash). */
const AWKWARD_ID = 'id with space/slash';

/** A cursor with the base64 characters that must be encoded in a query string. */
const CURSOR = 'Mg+/cursor==';

describe('Differential > Source', () => {
	it('create sends what SourcesApi.createSource sends', async () => {
		const respond = always({ data: { source: source(1) } });
		const node = await viaNode(
			{
				resource: 'source',
				operation: 'create',
				metadataId: 'IqDTy1TpoU',
				slug: 'my_website',
				enabled: false,
				additionalFields: { settings: '{"website":"https://example.com","nested":{"n":1}}' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.sources().createSource({
					metadataId: 'IqDTy1TpoU',
					slug: 'my_website',
					enabled: false,
					settings: { website: 'https://example.com', nested: { n: 1 } },
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('create without optional fields sends what createSource sends', async () => {
		const respond = always({ data: { source: source(1) } });
		const node = await viaNode(
			{ resource: 'source', operation: 'create', metadataId: 'IqDTy1TpoU', slug: 'bare', enabled: true },
			respond,
		);
		const official = await viaSdk(
			() => sdk.sources().createSource({ metadataId: 'IqDTy1TpoU', slug: 'bare', enabled: true }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get sends what SourcesApi.getSource sends', async () => {
		const respond = always({ data: { source: source(1) } });
		const node = await viaNode({ resource: 'source', operation: 'get', sourceId: byId('src1') }, respond);
		const official = await viaSdk(() => sdk.sources().getSource('src1'), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('get encodes an awkward ID in the path as getSource does', async () => {
		const respond = always({ data: { source: source(1) } });
		const node = await viaNode({ resource: 'source', operation: 'get', sourceId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => sdk.sources().getSource(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
		expect(node.requests[0].path).toBe('/sources/id%20with%20space%2Fslash');
	});

	it('getAll with a Limit sends what listSources({count}) sends', async () => {
		const respond = onePage('sources', [source(1), source(2)], 'Mg==');
		const node = await viaNode({ resource: 'source', operation: 'getAll', returnAll: false, limit: 2 }, respond);
		const official = await viaSdk(() => sdk.sources().listSources({ count: 2 }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with a Limit spanning two pages asks the remainder with the cursor', async () => {
		const respond = twoPages('sources', [source(1), source(2), source(3)], [source(4), source(5)], CURSOR);
		const node = await viaNode({ resource: 'source', operation: 'getAll', returnAll: false, limit: 5 }, respond);
		const official = await viaSdk(async () => {
			const api = sdk.sources();
			await api.listSources({ count: 5 });
			await api.listSources({ count: 2, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toHaveLength(5);
	});

	it('getAll with Return All follows two pages as listSources does with the same count and cursor', async () => {
		const respond = twoPages('sources', [source(1), source(2)], [source(3)], CURSOR);
		const node = await viaNode({ resource: 'source', operation: 'getAll', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = sdk.sources();
			await api.listSources({ count: 1000 });
			await api.listSources({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toHaveLength(3);
	});

	it('update sends what SourcesApi.updateSource sends', async () => {
		const respond = always({ data: { source: source(1) } });
		const node = await viaNode(
			{
				resource: 'source',
				operation: 'update',
				sourceId: byId(AWKWARD_ID),
				updateFields: { enabled: false, name: 'Renamed', slug: 'renamed', settings: '{"website":"https://x.test"}' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.sources().updateSource(AWKWARD_ID, {
					enabled: false,
					name: 'Renamed',
					slug: 'renamed',
					settings: { website: 'https://x.test' },
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('update of one field sends what updateSource sends', async () => {
		const respond = always({ data: { source: source(1) } });
		const node = await viaNode(
			{ resource: 'source', operation: 'update', sourceId: byId('src1'), updateFields: { enabled: true } },
			respond,
		);
		const official = await viaSdk(() => sdk.sources().updateSource('src1', { enabled: true }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('delete sends what SourcesApi.deleteSource sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode({ resource: 'source', operation: 'delete', sourceId: byId(AWKWARD_ID) }, respond);
		const official = await viaSdk(() => sdk.sources().deleteSource(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getConnectedDestinations with a Limit sends what listConnectedDestinationsFromSource sends', async () => {
		const respond = onePage('destinations', [destination(1)], 'Mg==');
		const node = await viaNode(
			{ resource: 'source', operation: 'getConnectedDestinations', sourceId: byId(AWKWARD_ID), limit: 1 },
			respond,
		);
		const official = await viaSdk(
			() => sdk.sources().listConnectedDestinationsFromSource(AWKWARD_ID, { count: 1 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getConnectedDestinations with Return All follows the cursor as listConnectedDestinationsFromSource does', async () => {
		const respond = twoPages('destinations', [destination(1)], [destination(2)], CURSOR);
		const node = await viaNode(
			{ resource: 'source', operation: 'getConnectedDestinations', sourceId: byId('src1'), returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = sdk.sources();
			await api.listConnectedDestinationsFromSource('src1', { count: 1000 });
			await api.listConnectedDestinationsFromSource('src1', { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
	});

	it('getConnectedWarehouses with a Limit sends what listConnectedWarehousesFromSource sends', async () => {
		const respond = onePage('warehouses', [warehouse(1)]);
		const node = await viaNode(
			{ resource: 'source', operation: 'getConnectedWarehouses', sourceId: byId(AWKWARD_ID), limit: 3 },
			respond,
		);
		const official = await viaSdk(
			() => sdk.sources().listConnectedWarehousesFromSource(AWKWARD_ID, { count: 3 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getConnectedWarehouses with Return All follows the cursor as listConnectedWarehousesFromSource does', async () => {
		const respond = twoPages('warehouses', [warehouse(1)], [warehouse(2)], CURSOR);
		const node = await viaNode(
			{ resource: 'source', operation: 'getConnectedWarehouses', sourceId: byId('src1'), returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = sdk.sources();
			await api.listConnectedWarehousesFromSource('src1', { count: 1000 });
			await api.listConnectedWarehousesFromSource('src1', { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
	});
});
