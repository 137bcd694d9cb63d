/**
 * Differential tests, Event Volume: our node against EventsApi.getEventsVolumeFromWorkspace of
 * Segment's official SDK, compared on method, path, decoded query, body and Authorization header;
 * media types are compared in expectMediaTypes.
 */
import { always, expectSameRequests, viaNode, viaSdk, type Responder } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const CURSOR = 'Mg+/cursor==';
const START = '2026-03-01T10:00:00+02:00';
const END = '2026-03-02T00:00:00Z';

const empty = always({ data: { result: [], pagination: { current: 'MA==', next: null } } });

describe('Differential > Event Volume', () => {
	it('get with every filter sends what getEventsVolumeFromWorkspace sends with ISO UTC times', async () => {
		const node = await viaNode(
			{
				resource: 'eventVolume',
				operation: 'get',
				granularity: 'DAY',
				startTime: START,
				endTime: END,
				groupBy: ['source', 'eventName', 'eventType', 'appVersion'],
				filters: {
					appVersions: '2.4.0, 2.5.0',
					eventNames: 'Order Completed, Signed Up',
					eventTypes: ['track', 'identify'],
					sourceIds: ['src1', 'src 2'],
				},
				limit: 20,
			},
			empty,
		);
		const official = await viaSdk(
			() =>
				clients.events().getEventsVolumeFromWorkspace(
					'DAY',
					new Date(START).toISOString(),
					new Date(END).toISOString(),
					['source', 'eventName', 'eventType', 'appVersion'],
					['src1', 'src 2'],
					['Order Completed', 'Signed Up'],
					['track', 'identify'],
					['2.4.0', '2.5.0'],
					{ count: 20 },
				),
			empty,
		);
		expectSameRequests(node.requests, official, 1);
		expect(node.requests[0].query.startTime).toBe('2026-03-01T08:00:00.000Z');
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('get with the defaults sends what getEventsVolumeFromWorkspace sends with HOUR, groupBy source and count 50', async () => {
		const node = await viaNode({ resource: 'eventVolume', operation: 'get', startTime: START, endTime: END }, empty);
		const official = await viaSdk(
			() =>
				clients.events().getEventsVolumeFromWorkspace(
					'HOUR',
					new Date(START).toISOString(),
					new Date(END).toISOString(),
					['source'],
					undefined,
					undefined,
					undefined,
					undefined,
					{ count: 50 },
				),
			empty,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('get with Return All pages as getEventsVolumeFromWorkspace does with count 1000 and the cursor', async () => {
		const respond: Responder = (request) => {
			const second = request.query['pagination[cursor]'] === CURSOR;
			return [200, { data: { result: [{ total: second ? 2 : 1 }], pagination: { next: second ? null : CURSOR } } }];
		};
		const node = await viaNode(
			{ resource: 'eventVolume', operation: 'get', startTime: START, endTime: END, returnAll: true, simplify: false },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = clients.events();
			const start = new Date(START).toISOString();
			const end = new Date(END).toISOString();
			const none = [undefined, undefined, undefined, undefined] as const;
			await api.getEventsVolumeFromWorkspace('HOUR', start, end, ['source'], ...none, { count: 1000 });
			await api.getEventsVolumeFromWorkspace('HOUR', start, end, ['source'], ...none, { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		// Intended: Return All asks the largest page the API accepts, 1000, on every page.
		expect(node.requests.map((request) => request.query['pagination[count]'])).toEqual(['1000', '1000']);
		expect(node.items).toEqual([{ total: 1 }, { total: 2 }]);
	});
});
