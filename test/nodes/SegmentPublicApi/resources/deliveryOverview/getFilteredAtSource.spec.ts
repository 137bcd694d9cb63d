import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { BETA, TIMES, series, overview, params } from './fixtures';

describe('Delivery Overview > Get Filtered at Source', () => {
	it.each([['getFilteredAtSource', '/delivery-overview/filtered-at-source', false] as const])(
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

	it.each([
		[
			'Start Time',
			'getFilteredAtSource',
			false,
			{ startTime: 'yesterday-ish' },
			'is not a valid date',
		],
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
