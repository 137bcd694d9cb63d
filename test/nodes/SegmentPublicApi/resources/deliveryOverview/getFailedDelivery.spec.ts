import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, byId, capture } from '../../../../differential/capture';
import { BETA, TIMES, series, overview, params } from './fixtures';

describe('Delivery Overview > Get Failed Delivery', () => {
	it.each([['getFailedDelivery', '/delivery-overview/failed-delivery', true] as const])(
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

	it('stops at the Limit', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/delivery-overview/failed-delivery')
			.query((query) => query['pagination[count]'] === '1')
			.reply(200, overview([series(1)], 'Mg=='));

		expect(await runJson(params('getFailedDelivery', true, { limit: 1 }))).toEqual([
			{ sourceId: 'src1', destinationId: 'dst1', ...series(1) },
		]);
	});

	it.each([['Destination', 'getFailedDelivery', true, { destinationId: byId('') }, 'is empty']])(
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
