import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, byId, capture } from '../../../../differential/capture';

const BETA = 'application/vnd.segment.v1beta+json';
const START = '2026-03-01T10:00:00+02:00';
const END = '2026-03-02T00:00:00Z';
const TIMES = { startTime: '2026-03-01T08:00:00.000Z', endTime: '2026-03-02T00:00:00.000Z' };

function series(n: number, extra: object = {}) {
	return {
		...extra,
		total: 10 * n,
		series: [
			{ time: '2026-03-01T08:00:00Z', count: 4 * n },
			{ time: '2026-03-01T09:00:00Z', count: 6 * n },
		],
	};
}

function overview(dataset: object[], next: string | null = null) {
	const total = dataset.reduce((sum, entry) => sum + (entry as { total: number }).total, 0);
	return { data: { total, dataset, pagination: { current: 'MA==', next, previous: null } } };
}

const STEPS = [
	['getSuccessfullyReceived', '/delivery-overview/successfully-received', false],
	['getFailedOnIngest', '/delivery-overview/failed-on-ingest', false],
	['getFilteredAtSource', '/delivery-overview/filtered-at-source', false],
	['getFilteredAtDestination', '/delivery-overview/filtered-at-destination', true],
	['getFailedDelivery', '/delivery-overview/failed-delivery', true],
	['getSuccessfulDelivery', '/delivery-overview/successful-delivery', true],
] as const;

function params(operation: string, withDestination: boolean, extra: object = {}) {
	return {
		resource: 'deliveryOverview',
		operation,
		sourceId: byId('src1'),
		...(withDestination ? { destinationId: byId('dst1') } : {}),
		startTime: START,
		endTime: END,
		...extra,
	};
}

describe('Delivery Overview', () => {
	it.each(STEPS)(
		'%s GETs %s (v1beta) with the source (and destination: %s), hourly buckets and ISO UTC times; one item per series with its IDs',
		async (operation, path, withDestination) => {
			apiWithoutBody(undefined, BETA)
				.get(path)
				.query(
					exactQuery({
						sourceId: 'src1',
						...(withDestination ? { destinationConfigId: 'dst1' } : {}),
						granularity: 'HOUR',
						...TIMES,
						'pagination[count]': '50',
					}),
				)
				.reply(200, overview([series(1), series(2)]));

			const items = await runJson(params(operation, withDestination));

			const ids = withDestination
				? { sourceId: 'src1', destinationId: 'dst1' }
				: { sourceId: 'src1' };
			expect(items).toEqual([
				{ ...ids, ...series(1) },
				{ ...ids, ...series(2) },
			]);
		},
	);

	it('sends the group-by as a query array and every destination-step filter inside the filter object', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/failed-delivery')
			.query(
				exactQuery({
					sourceId: 'src1',
					destinationConfigId: 'dst1',
					granularity: 'DAY',
					...TIMES,
					'groupBy[0]': 'discardReason',
					'groupBy[1]': 'subscriptionId',
					'filter[activationId][0]': 'act1',
					'filter[appVersion][0]': '2.4.0',
					'filter[appVersion][1]': '2.5.0',
					'filter[audienceId][0]': 'aud1',
					'filter[discardReason][0]': 'integrations.timeout',
					'filter[discardReason][1]': 'integrations.server_error',
					'filter[eventName][0]': 'Order Completed',
					'filter[eventType][0]': 'track',
					'filter[eventType][1]': 'identify',
					'filter[spaceId][0]': 'spa1',
					'filter[subscriptionId][0]': 'sub1',
					'filter[subscriptionId][1]': 'sub2',
					'pagination[count]': '50',
				}),
			)
			.reply(
				200,
				overview([
					series(3, {
						discardReason: 'integrations.timeout',
						subscriptionId: 'sub1',
						eventName: null,
					}),
				]),
			);

		const items = await runJson(
			params('getFailedDelivery', true, {
				granularity: 'DAY',
				groupBy: ['discardReason', 'subscriptionId'],
				filters: {
					activationIds: 'act1',
					appVersions: '2.4.0, 2.5.0',
					audienceIds: 'aud1',
					discardReasons: 'integrations.timeout,\nintegrations.server_error',
					eventNames: 'Order Completed',
					eventTypes: ['track', 'identify'],
					spaceIds: 'spa1',
					subscriptionIds: 'sub1, sub2',
				},
			}),
		);

		expect(items).toEqual([
			{
				sourceId: 'src1',
				destinationId: 'dst1',
				discardReason: 'integrations.timeout',
				subscriptionId: 'sub1',
				...series(3),
			},
		]);
	});

	it('sends the source-step filters (discard reason included) and minute buckets, leaving empty filters out', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/failed-on-ingest')
			.query(
				exactQuery({
					sourceId: 'src1',
					granularity: 'MINUTE',
					...TIMES,
					'groupBy[0]': 'eventType',
					'filter[discardReason][0]': 'ingestion.invalid_timestamp',
					'pagination[count]': '50',
				}),
			)
			.reply(200, overview([series(1, { eventType: 'track' })]));

		const items = await runJson(
			params('getFailedOnIngest', false, {
				granularity: 'MINUTE',
				groupBy: ['eventType'],
				filters: { discardReasons: 'ingestion.invalid_timestamp', eventNames: '', eventTypes: [] },
			}),
		);

		expect(items).toEqual([{ sourceId: 'src1', eventType: 'track', ...series(1) }]);
	});

	it('sends the Successfully Received filters of event names, types and app versions', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/successfully-received')
			.query(
				exactQuery({
					sourceId: 'src1',
					granularity: 'HOUR',
					...TIMES,
					'groupBy[0]': 'eventName',
					'groupBy[1]': 'appVersion',
					'filter[appVersion][0]': '4.3.1',
					'filter[eventName][0]': 'Home',
					'filter[eventType][0]': 'screen',
					'pagination[count]': '50',
				}),
			)
			.reply(200, overview([series(2, { eventName: 'Home', appVersion: '4.3.1' })]));

		const items = await runJson(
			params('getSuccessfullyReceived', false, {
				groupBy: ['eventName', 'appVersion'],
				filters: { appVersions: '4.3.1', eventNames: 'Home', eventTypes: ['screen'] },
			}),
		);

		expect(items).toEqual([
			{ sourceId: 'src1', eventName: 'Home', appVersion: '4.3.1', ...series(2) },
		]);
	});

	it("returns Segment's series unchanged with Simplify off, retry counts included", async () => {
		const raw = {
			total: 12,
			totalRetryCount: 2,
			series: [{ time: '2026-03-01T00:00:00Z', count: 12, retryCount: 2 }],
		};
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/successful-delivery')
			.query(true)
			.reply(200, overview([raw]));

		expect(await runJson(params('getSuccessfulDelivery', true, { simplify: false }))).toEqual([
			raw,
		]);
	});

	it('keeps the retry count of a delivered series when simplified', async () => {
		const raw = { total: 5, totalRetryCount: 1, series: [{ time: 't', count: 5, retryCount: 1 }] };
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/successful-delivery')
			.query(true)
			.reply(200, overview([raw]));

		expect(await runJson(params('getSuccessfulDelivery', true))).toEqual([
			{ sourceId: 'src1', destinationId: 'dst1', ...raw },
		]);
	});

	it('sends IDs with reserved characters encoded in the query, not in the path', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/filtered-at-destination')
			.query(
				exactQuery({
					sourceId: 'a b&c',
					destinationConfigId: 'd/e?f',
					granularity: 'HOUR',
					...TIMES,
					'pagination[count]': '50',
				}),
			)
			.reply(200, overview([]));

		const items = await runJson({
			...params('getFilteredAtDestination', true),
			sourceId: byId('a b&c'),
			destinationId: byId('d/e?f'),
		});

		expect(items).toEqual([]);
	});

	it('keeps the query on every page of Return All, with pages of 1000', async () => {
		const query = {
			sourceId: 'src1',
			granularity: 'HOUR',
			...TIMES,
			'groupBy[0]': 'eventName',
			'pagination[count]': '1000',
		};
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/filtered-at-source')
			.query(exactQuery(query))
			.reply(200, overview([series(1, { eventName: 'A' })], 'Mg=='))
			.get('/delivery-overview/filtered-at-source')
			.query(exactQuery({ ...query, 'pagination[cursor]': 'Mg==' }))
			.reply(200, overview([series(2, { eventName: 'B' })]));

		const items = await runJson(
			params('getFilteredAtSource', false, { groupBy: ['eventName'], returnAll: true }),
		);

		expect(items).toEqual([
			{ sourceId: 'src1', eventName: 'A', ...series(1) },
			{ sourceId: 'src1', eventName: 'B', ...series(2) },
		]);
	});

	it('stops at the Limit', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/failed-delivery')
			.query((query) => query['pagination[count]'] === '1')
			.reply(200, overview([series(1)], 'Mg=='));

		expect(await runJson(params('getFailedDelivery', true, { limit: 1 }))).toEqual([
			{ sourceId: 'src1', destinationId: 'dst1', ...series(1) },
		]);
	});

	it.each([
		['Source', 'getSuccessfullyReceived', false, { sourceId: byId('  ') }, 'is empty'],
		['Destination', 'getFailedDelivery', true, { destinationId: byId('') }, 'is empty'],
		[
			'Start Time',
			'getFilteredAtSource',
			false,
			{ startTime: 'yesterday-ish' },
			'is not a valid date',
		],
		['End Time', 'getSuccessfulDelivery', true, { endTime: '' }, 'is not a valid date'],
	])(
		'refuses an unusable %s (%s) without sending a request, naming the field',
		async (field, operation, withDestination, change, problem) => {
			const sent = await capture(
				() =>
					expect(runNode({ ...params(operation, withDestination), ...change })).rejects.toThrow(
						`The field "${field}" ${problem}`,
					),
				always(overview([])),
			);
			expect(sent).toEqual([]);
		},
	);
});
