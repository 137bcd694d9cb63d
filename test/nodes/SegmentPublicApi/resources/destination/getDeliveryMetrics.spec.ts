import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, byId, capture } from '../../../../differential/capture';

const BETA = 'application/vnd.segment.v1beta+json';

const summary = {
	sourceId: 'src1',
	destinationMetadataId: '54521fd725e721e32a72eebb',
	metrics: [
		{
			metricName: 'successes',
			total: 120,
			breakdown: [
				{ metricName: 'successes_on_first_attempt', value: 100 },
				{ metricName: 'successes_after_retry', value: 20 },
			],
		},
		{ metricName: 'expired', total: 0 },
		{ metricName: 'discarded', total: 7 },
		{ metricName: 'retried', total: 25 },
		{
			metricName: 'time_to_success',
			total: 10,
			breakdown: [
				{ metricName: 'time_to_success_average', value: 180 },
				{ metricName: 'time_to_success_p95', value: 720 },
			],
		},
	],
};

const flat = {
	sourceId: 'src1',
	destinationMetadataId: '54521fd725e721e32a72eebb',
	successes: 120,
	successes_on_first_attempt: 100,
	successes_after_retry: 20,
	expired: 0,
	discarded: 7,
	retried: 25,
	time_to_success: 10,
	time_to_success_average: 180,
	time_to_success_p95: 720,
};

const base = {
	resource: 'destination',
	operation: 'getDeliveryMetrics',
	destinationId: byId('dst1'),
	sourceId: byId('src1'),
};

describe('Destination > Get Delivery Metrics', () => {
	it('GETs the summary (v1beta) with the source, granularity and ISO UTC times, flattened by default', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/destinations/dst1/delivery-metrics')
			.query(
				exactQuery({
					sourceId: 'src1',
					granularity: 'DAY',
					startTime: '2026-03-01T08:00:00.000Z',
					endTime: '2026-03-08T00:00:00.000Z',
				}),
			)
			.reply(200, { data: { deliveryMetricsSummary: summary } });

		const items = await runJson({
			...base,
			granularity: 'DAY',
			startTime: '2026-03-01T10:00:00+02:00',
			endTime: '2026-03-08T00:00:00Z',
		});

		expect(items).toEqual([flat]);
	});

	it("leaves the times to Segment's defaults when empty, and returns the summary as it is with Simplify off", async () => {
		apiWithoutBody(undefined, BETA)
			.get('/destinations/dst1/delivery-metrics')
			.query(exactQuery({ sourceId: 'src1', granularity: 'HOUR' }))
			.reply(200, { data: { deliveryMetricsSummary: summary } });

		expect(await runJson({ ...base, startTime: '', endTime: '', simplify: false })).toEqual([
			summary,
		]);
	});

	it('URL-encodes the destination ID into the path and the source ID into the query', async () => {
		apiWithoutBody(undefined, BETA)
			.get('/destinations/a%20b%2Fc/delivery-metrics')
			.query(exactQuery({ sourceId: 's&t', granularity: 'HOUR' }))
			.reply(200, { data: { deliveryMetricsSummary: { ...summary, metrics: [] } } });

		const items = await runJson({ ...base, destinationId: byId('a b/c'), sourceId: byId('s&t') });

		expect(items).toEqual([
			{ sourceId: 'src1', destinationMetadataId: '54521fd725e721e32a72eebb' },
		]);
	});

	it.each([
		['Destination', { destinationId: byId('') }, 'is empty'],
		['Source', { sourceId: byId(' ') }, 'is empty'],
		['Start Time', { startTime: 'last week' }, 'is not a valid date'],
		['End Time', { endTime: '2026-02-31T25:00:00Z' }, 'is not a valid date'],
	])(
		'refuses an unusable %s without sending a request, naming the field',
		async (field, change, problem) => {
			const sent = await capture(
				() =>
					expect(runNode({ ...base, ...change })).rejects.toThrow(
						`The field "${field}" ${problem}`,
					),
				always({ data: { deliveryMetricsSummary: summary } }),
			);
			expect(sent).toEqual([]);
		},
	);
});
