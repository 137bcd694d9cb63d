/**
 * Differential tests, Destination resource: our node against DestinationsApi of Segment's
 * official SDK, compared on method, path, query, body and Authorization header.
 */
import { destination } from '../harness/segment';
import { always, byId, expectSameRequests, onePage, sdk, twoPages, viaNode, viaSdk } from './capture';

const AWKWARD_ID = 'id with space/slash';
const CURSOR = 'Mg+/cursor==';

describe('Differential > Destination', () => {
	it('create sends what DestinationsApi.createDestination sends', async () => {
		const respond = always({ data: { destination: destination(1) } });
		const node = await viaNode(
			{
				resource: 'destination',
				operation: 'create',
				// A locator value is sent in the body as is: no path encoding applies there.
				sourceId: byId('src 1/a'),
				metadataId: '54521fd725e721e32a72eeb3',
				settings: '{"apiKey":"k","list":[1,2],"flag":false}',
				additionalFields: { enabled: true, name: 'Amplitude (prod)' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.destinations().createDestination({
					sourceId: 'src 1/a',
					metadataId: '54521fd725e721e32a72eeb3',
					settings: { apiKey: 'k', list: [1, 2], flag: false },
					enabled: true,
					name: 'Amplitude (prod)',
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('create with only the required fields sends what createDestination sends', async () => {
		const respond = always({ data: { destination: destination(1) } });
		const node = await viaNode(
			{
				resource: 'destination',
				operation: 'create',
				sourceId: byId('src1'),
				metadataId: '54521fd725e721e32a72eeb3',
				settings: '{}',
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.destinations().createDestination({
					sourceId: 'src1',
					metadataId: '54521fd725e721e32a72eeb3',
					settings: {},
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get sends what DestinationsApi.getDestination sends, encoding the ID alike', async () => {
		const respond = always({ data: { destination: destination(1) } });
		const node = await viaNode(
			{ resource: 'destination', operation: 'get', destinationId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(() => sdk.destinations().getDestination(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with a Limit sends what listDestinations({count}) sends', async () => {
		const respond = onePage('destinations', [destination(1), destination(2)]);
		const node = await viaNode({ resource: 'destination', operation: 'getAll', returnAll: false, limit: 7 }, respond);
		const official = await viaSdk(() => sdk.destinations().listDestinations({ count: 7 }), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with Return All follows two pages as listDestinations does with the same count and cursor', async () => {
		const respond = twoPages('destinations', [destination(1), destination(2)], [destination(3)], CURSOR);
		const node = await viaNode({ resource: 'destination', operation: 'getAll', returnAll: true }, respond);
		const official = await viaSdk(async () => {
			const api = sdk.destinations();
			await api.listDestinations({ count: 1000 });
			await api.listDestinations({ count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		expect(node.items).toHaveLength(3);
	});

	it('update sends what DestinationsApi.updateDestination sends', async () => {
		const respond = always({ data: { destination: destination(1) } });
		const node = await viaNode(
			{
				resource: 'destination',
				operation: 'update',
				destinationId: byId(AWKWARD_ID),
				updateFields: { enabled: false, name: 'Renamed', settings: '{"apiKey":"new"}' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.destinations().updateDestination(AWKWARD_ID, {
					enabled: false,
					name: 'Renamed',
					settings: { apiKey: 'new' },
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('update of settings only sends what updateDestination sends', async () => {
		const respond = always({ data: { destination: destination(1) } });
		const node = await viaNode(
			{
				resource: 'destination',
				operation: 'update',
				destinationId: byId('dst1'),
				updateFields: { settings: '{"apiKey":"new"}' },
			},
			respond,
		);
		const official = await viaSdk(
			() => sdk.destinations().updateDestination('dst1', { settings: { apiKey: 'new' } }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('delete sends what DestinationsApi.deleteDestination sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{ resource: 'destination', operation: 'delete', destinationId: byId(AWKWARD_ID) },
			respond,
		);
		const official = await viaSdk(() => sdk.destinations().deleteDestination(AWKWARD_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});
});
