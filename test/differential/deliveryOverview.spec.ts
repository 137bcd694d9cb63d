/**
 * Differential tests, Delivery Overview: our node against DeliveryOverviewApi of Segment's
 * official SDK, compared on method, path, decoded query, body and Authorization header.
 */
import { byId, expectSameRequests, twoPages, viaNode, viaSdk, always, type Query } from './capture';
import { clients, expectMediaTypes, V1BETA } from './clients';

const START = '2026-03-01T10:00:00+02:00';
const END = '2026-03-02T00:00:00Z';
const START_UTC = '2026-03-01T08:00:00.000Z';
const END_UTC = '2026-03-02T00:00:00.000Z';
const CURSOR = 'Mg+/cursor==';

const overview = always({
	data: { total: 0, dataset: [], pagination: { current: 'MA==', next: null, previous: null } },
});

type Filter = Record<string, string[]>;
type Pagination = { count: number; cursor?: string };

/*
 * Granularity. The SDK 47 types it as 'day' | 'hour' | 'minute'; our node sends Segment's
 * upper-case values (DAY, HOUR, MINUTE, as in the Public API description it follows). The SDK
 * serializes whatever it is given, so it is called here with the node's value (`as never`),
 * and the tests compare everything else.
 */
const HOUR = 'HOUR' as never;

const SOURCE_STEPS = [
	[
		'getSuccessfullyReceived',
		'getIngressSuccessMetricsFromDeliveryOverview',
		(groupBy: string[] | undefined, filter: Filter | undefined, pagination: Pagination) =>
			clients
				.deliveryOverview()
				.getIngressSuccessMetricsFromDeliveryOverview(
					'src 1/a',
					START_UTC,
					END_UTC,
					HOUR,
					pagination,
					groupBy,
					filter,
				),
	],
	[
		'getFailedOnIngest',
		'getIngressFailedMetricsFromDeliveryOverview',
		(groupBy: string[] | undefined, filter: Filter | undefined, pagination: Pagination) =>
			clients
				.deliveryOverview()
				.getIngressFailedMetricsFromDeliveryOverview(
					'src 1/a',
					START_UTC,
					END_UTC,
					HOUR,
					pagination,
					groupBy,
					filter,
				),
	],
	[
		'getFilteredAtSource',
		'getFilteredAtSourceMetricsFromDeliveryOverview',
		(groupBy: string[] | undefined, filter: Filter | undefined, pagination: Pagination) =>
			clients
				.deliveryOverview()
				.getFilteredAtSourceMetricsFromDeliveryOverview(
					'src 1/a',
					START_UTC,
					END_UTC,
					HOUR,
					pagination,
					groupBy,
					filter,
				),
	],
] as const;

const DESTINATION_STEPS = [
	[
		'getFilteredAtDestination',
		'getFilteredAtDestinationMetricsFromDeliveryOverview',
		(groupBy: string[] | undefined, filter: Filter | undefined, pagination: Pagination) =>
			clients
				.deliveryOverview()
				.getFilteredAtDestinationMetricsFromDeliveryOverview(
					'src 1/a',
					'dst&1',
					START_UTC,
					END_UTC,
					HOUR,
					pagination,
					groupBy,
					filter,
				),
	],
	[
		'getFailedDelivery',
		'getEgressFailedMetricsFromDeliveryOverview',
		(groupBy: string[] | undefined, filter: Filter | undefined, pagination: Pagination) =>
			clients
				.deliveryOverview()
				.getEgressFailedMetricsFromDeliveryOverview(
					'src 1/a',
					'dst&1',
					START_UTC,
					END_UTC,
					HOUR,
					pagination,
					groupBy,
					filter,
				),
	],
	[
		'getSuccessfulDelivery',
		'getEgressSuccessMetricsFromDeliveryOverview',
		(groupBy: string[] | undefined, filter: Filter | undefined, pagination: Pagination) =>
			clients
				.deliveryOverview()
				.getEgressSuccessMetricsFromDeliveryOverview(
					'src 1/a',
					'dst&1',
					START_UTC,
					END_UTC,
					HOUR,
					pagination,
					groupBy,
					filter,
				),
	],
] as const;

const STEPS = [
	...SOURCE_STEPS.map(([operation, method, call]) => [operation, method, call, false] as const),
	...DESTINATION_STEPS.map(([operation, method, call]) => [operation, method, call, true] as const),
];

function params(operation: string, withDestination: boolean, extra: object = {}) {
	return {
		resource: 'deliveryOverview',
		operation,
		sourceId: byId('src 1/a'),
		...(withDestination ? { destinationId: byId('dst&1') } : {}),
		granularity: 'HOUR',
		startTime: START,
		endTime: END,
		...extra,
	};
}

describe('Differential > Delivery Overview', () => {
	it.each(STEPS)('%s sends what %s sends', async (operation, _method, call, withDestination) => {
		const node = await viaNode(params(operation, withDestination, { limit: 5 }), overview);
		const official = await viaSdk(() => call(undefined, undefined, { count: 5 }), overview);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1BETA, false);
	});

	it.each(STEPS)(
		'%s sends the group-by and the filters as %s does',
		async (operation, _method, call, withDestination) => {
			const groupBy = ['eventName', 'eventType'];
			const filter: Filter = {
				eventName: ['Order Completed', 'Signed Up'],
				eventType: ['track', 'identify'],
				appVersion: ['2.4.0'],
				...(operation === 'getSuccessfullyReceived'
					? {}
					: { discardReason: ['integrations.rate_limited'] }),
			};
			const node = await viaNode(
				params(operation, withDestination, {
					limit: 5,
					groupBy,
					filters: {
						eventNames: 'Order Completed, Signed Up',
						eventTypes: ['track', 'identify'],
						appVersions: '2.4.0',
						...(filter.discardReason ? { discardReasons: 'integrations.rate_limited' } : {}),
					},
				}),
				overview,
			);
			const official = await viaSdk(() => call(groupBy, filter, { count: 5 }), overview);
			expectSameRequests(node.requests, official, 1);
		},
	);

	it.each(STEPS)(
		'%s with Return All follows the cursor as %s driven page by page',
		async (operation, _method, call, withDestination) => {
			const respond = twoPages('dataset', [{ total: 1 }], [{ total: 2 }], CURSOR);
			const node = await viaNode(params(operation, withDestination, { returnAll: true }), respond);
			const official = await viaSdk(async () => {
				await call(undefined, undefined, { count: 1000 });
				await call(undefined, undefined, { count: 1000, cursor: CURSOR });
			}, respond);
			expectSameRequests(node.requests, official, 2);
		},
	);

	/*
	 * Destination-step filters the SDK 47 cannot send: its DeliveryOverviewFilterBy has only
	 * discardReason, eventName, eventType and appVersion, and its serializer keeps only the fields
	 * of its model. Our node also sends activationId, audienceId, spaceId and subscriptionId inside
	 * `filter` (later descriptions of the Public API added them). Everything else is the same.
	 */
	it('getFailedDelivery: node sends the Engage and subscription filters, SDK 47 drops them', async () => {
		const node = await viaNode(
			params('getFailedDelivery', true, {
				limit: 5,
				filters: {
					subscriptionIds: 'sub1',
					spaceIds: 'spa1',
					audienceIds: 'aud1',
					activationIds: 'act1',
				},
			}),
			overview,
		);
		const official = await viaSdk(
			() =>
				clients
					.deliveryOverview()
					.getEgressFailedMetricsFromDeliveryOverview(
						'src 1/a',
						'dst&1',
						START_UTC,
						END_UTC,
						HOUR,
						{ count: 5 },
						undefined,
						{
							subscriptionId: ['sub1'],
							spaceId: ['spa1'],
							audienceId: ['aud1'],
							activationId: ['act1'],
						} as never,
					),
			overview,
		);
		const filterKeys = (query: Query) =>
			Object.keys(query).filter((key) => key.startsWith('filter['));
		expect(filterKeys(node.requests[0].query).sort()).toStrictEqual([
			'filter[activationId][0]',
			'filter[audienceId][0]',
			'filter[spaceId][0]',
			'filter[subscriptionId][0]',
		]);
		expect(filterKeys(official[0].query)).toStrictEqual([]);
		const rest = (query: Query) =>
			Object.fromEntries(Object.entries(query).filter(([key]) => !key.startsWith('filter[')));
		expect(rest(node.requests[0].query)).toStrictEqual(rest(official[0].query));
		expect(node.requests[0].path).toBe(official[0].path);
	});
});
