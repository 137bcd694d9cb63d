/**
 * Differential tests, Destination Filter and the destination delivery metrics: our node against
 * DestinationFiltersApi and DestinationsApi of Segment's official SDK, compared on method, path,
 * decoded query, body and Authorization header.
 */
import { always, byId, expectSameRequests, onePage, twoPages, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1, V1BETA } from './clients';

const DST = 'dst 1/a';
const FILTER_ID = 'flt 1?x';
const filter = { id: 'flt1', if: 'all', actions: [{ type: 'DROP' }], enabled: true };
const one = always({ data: { filter } });

describe('Differential > Destination Filter', () => {
	it('create sends what createFilterForDestination sends', async () => {
		const node = await viaNode(
			{
				resource: 'destinationFilter',
				operation: 'create',
				destinationId: byId(DST),
				sourceId: byId('src1'),
				title: 'Trim PII',
				if: 'event = "Order Completed"',
				enabled: false,
				additionalFields: { description: 'No PII' },
				actions: {
					action: [
						{ type: 'DROP_PROPERTIES', properties: 'properties.email, context.traits.ip' },
						{ type: 'ALLOW_PROPERTIES', properties: 'properties.total' },
						{ type: 'SAMPLE', percentage: 25, samplePath: 'userId' },
					],
				},
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.destinationFilters().createFilterForDestination(DST, {
					sourceId: 'src1',
					title: 'Trim PII',
					if: 'event = "Order Completed"',
					actions: [
						{
							type: 'DROP_PROPERTIES',
							fields: { properties: ['email'], 'context.traits': ['ip'] },
						},
						{ type: 'ALLOW_PROPERTIES', fields: { properties: ['total'] } },
						{ type: 'SAMPLE', percent: 0.25, path: 'userId' },
					],
					enabled: false,
					description: 'No PII',
				} as never),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it.each([
		['get', 'getFilterInDestination'],
		['delete', 'removeFilterFromDestination'],
	] as const)('%s sends what %s sends', async (operation, method) => {
		const node = await viaNode(
			{ resource: 'destinationFilter', operation, destinationId: byId(DST), filterId: FILTER_ID },
			one,
		);
		const official = await viaSdk(() => clients.destinationFilters()[method](DST, FILTER_ID), one);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, false);
	});

	it('getAll sends what listFiltersFromDestination sends', async () => {
		const respond = onePage('filters', [filter]);
		const node = await viaNode(
			{ resource: 'destinationFilter', operation: 'getAll', destinationId: byId(DST), limit: 6 },
			respond,
		);
		const official = await viaSdk(
			() => clients.destinationFilters().listFiltersFromDestination(DST, { count: 6 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll with Return All follows the cursor as listFiltersFromDestination driven page by page', async () => {
		const respond = twoPages('filters', [filter], [filter], 'Mg+/c==');
		const node = await viaNode(
			{
				resource: 'destinationFilter',
				operation: 'getAll',
				destinationId: byId(DST),
				returnAll: true,
			},
			respond,
		);
		const official = await viaSdk(async () => {
			const api = clients.destinationFilters();
			await api.listFiltersFromDestination(DST, { count: 1000 });
			await api.listFiltersFromDestination(DST, { count: 1000, cursor: 'Mg+/c==' });
		}, respond);
		expectSameRequests(node.requests, official, 2);
	});

	it('update sends what updateFilterForDestination sends', async () => {
		const node = await viaNode(
			{
				resource: 'destinationFilter',
				operation: 'update',
				destinationId: byId(DST),
				filterId: FILTER_ID,
				updateFields: { if: 'type = "identify"', title: 'Half', enabled: true, description: 'D' },
				actionsInput: 'fields',
				actions: { action: [{ type: 'SAMPLE', percentage: 50 }] },
			},
			one,
		);
		const official = await viaSdk(
			() =>
				clients.destinationFilters().updateFilterForDestination(DST, FILTER_ID, {
					if: 'type = "identify"',
					title: 'Half',
					enabled: true,
					description: 'D',
					actions: [{ type: 'SAMPLE', percent: 0.5 }],
				} as never),
			one,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it('preview sends what previewDestinationFilter sends', async () => {
		const payload = {
			type: 'track',
			event: 'Order Completed',
			properties: { email: 'a@b.c', total: 5 },
		};
		const respond = always({ data: { inputPayload: payload, result: payload } });
		const node = await viaNode(
			{
				resource: 'destinationFilter',
				operation: 'preview',
				if: 'event = "Order Completed"',
				actions: { action: [{ type: 'DROP_PROPERTIES', properties: 'properties.email' }] },
				payload: JSON.stringify(payload),
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.destinationFilters().previewDestinationFilter({
					filter: {
						if: 'event = "Order Completed"',
						actions: [{ type: 'DROP_PROPERTIES', fields: { properties: ['email'] } }],
					},
					payload,
				} as never),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});
});

describe('Differential > Destination delivery metrics', () => {
	const respond = always({ data: { deliveryMetricsSummary: { sourceId: 's', metrics: [] } } });

	/*
	 * Granularity. The SDK 47 types it as 'DAY' | 'HOUR' | 'MINUTE' here (and serializes it into
	 * the query), as our node sends it.
	 */
	it('getDeliveryMetrics sends what listDeliveryMetricsSummaryFromDestination sends', async () => {
		const node = await viaNode(
			{
				resource: 'destination',
				operation: 'getDeliveryMetrics',
				destinationId: byId(DST),
				sourceId: byId('s&t'),
				granularity: 'DAY',
				startTime: '2026-03-01T10:00:00+02:00',
				endTime: '2026-03-08T00:00:00Z',
				simplify: false,
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.destinations()
					.listDeliveryMetricsSummaryFromDestination(
						DST,
						's&t',
						'2026-03-01T08:00:00.000Z',
						'2026-03-08T00:00:00.000Z',
						'DAY',
					),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1BETA, false);
	});

	it('getDeliveryMetrics without times sends what listDeliveryMetricsSummaryFromDestination sends', async () => {
		const node = await viaNode(
			{
				resource: 'destination',
				operation: 'getDeliveryMetrics',
				destinationId: byId(DST),
				sourceId: byId('src1'),
				granularity: 'MINUTE',
				startTime: '',
				endTime: '',
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.destinations()
					.listDeliveryMetricsSummaryFromDestination(DST, 'src1', undefined, undefined, 'MINUTE'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});
});
