import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { BETA, overview, params, itGetsTheStep, itRefusesBeforeSending } from './fixtures';

describe('Delivery Overview > Get Successful Delivery', () => {
	itGetsTheStep('getSuccessfulDelivery', '/delivery-overview/successful-delivery', true);

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

	itRefusesBeforeSending(
		'End Time',
		'getSuccessfulDelivery',
		true,
		{ endTime: '' },
		'is not a valid date',
	);
});
