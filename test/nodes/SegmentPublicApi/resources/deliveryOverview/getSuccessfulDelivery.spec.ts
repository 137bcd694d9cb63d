import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { BETA, TIMES, series, overview, params } from './fixtures';

describe('Delivery Overview > Get Successful Delivery', () => {
	it.each([['getSuccessfulDelivery', '/delivery-overview/successful-delivery', true] as const])(
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

	it.each([['End Time', 'getSuccessfulDelivery', true, { endTime: '' }, 'is not a valid date']])(
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
