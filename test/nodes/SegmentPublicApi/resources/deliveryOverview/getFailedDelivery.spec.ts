import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { byId } from '../../../../differential/capture';
import {
	BETA,
	TIMES,
	series,
	overview,
	params,
	itGetsTheStep,
	itRefusesBeforeSending,
} from './fixtures';

describe('Delivery Overview > Get Failed Delivery', () => {
	itGetsTheStep('getFailedDelivery', '/delivery-overview/failed-delivery', true);

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

	itRefusesBeforeSending(
		'Destination',
		'getFailedDelivery',
		true,
		{ destinationId: byId('') },
		'is empty',
	);
});
