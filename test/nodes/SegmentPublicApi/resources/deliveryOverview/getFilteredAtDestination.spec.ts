import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { byId } from '../../../../differential/capture';
import { BETA, TIMES, series, overview, params } from './fixtures';

describe('Delivery Overview > Get Filtered at Destination', () => {
	it.each([
		['getFilteredAtDestination', '/delivery-overview/filtered-at-destination', true] as const,
	])(
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
