import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { byId } from '../../../../differential/capture';
import { BETA, TIMES, overview, params, itGetsTheStep } from './fixtures';

describe('Delivery Overview > Get Filtered at Destination', () => {
	itGetsTheStep('getFilteredAtDestination', '/delivery-overview/filtered-at-destination', true);

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
});
