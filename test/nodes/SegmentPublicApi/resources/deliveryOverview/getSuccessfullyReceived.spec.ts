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

describe('Delivery Overview > Get Successfully Received', () => {
	itGetsTheStep('getSuccessfullyReceived', '/delivery-overview/successfully-received', false);

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

	itRefusesBeforeSending(
		'Source',
		'getSuccessfullyReceived',
		false,
		{ sourceId: byId('  ') },
		'is empty',
	);
});
