import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { BETA, TIMES, series, overview, params, itGetsTheStep } from './fixtures';

describe('Delivery Overview > Get Failed on Ingest', () => {
	itGetsTheStep('getFailedOnIngest', '/delivery-overview/failed-on-ingest', false);

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
});
