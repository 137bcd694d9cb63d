import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { BETA, TIMES, series, overview, params } from './fixtures';

describe('Delivery Overview > Get Failed on Ingest', () => {
	it.each([['getFailedOnIngest', '/delivery-overview/failed-on-ingest', false] as const])(
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
