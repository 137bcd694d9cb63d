import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { always, byId, capture } from '../../../../differential/capture';

export const BETA = 'application/vnd.segment.v1beta+json';
const START = '2026-03-01T10:00:00+02:00';
const END = '2026-03-02T00:00:00Z';
export const TIMES = { startTime: '2026-03-01T08:00:00.000Z', endTime: '2026-03-02T00:00:00.000Z' };

export function series(n: number, extra: object = {}) {
	return {
		...extra,
		total: 10 * n,
		series: [
			{ time: '2026-03-01T08:00:00Z', count: 4 * n },
			{ time: '2026-03-01T09:00:00Z', count: 6 * n },
		],
	};
}

export function overview(dataset: object[], next: string | null = null) {
	const total = dataset.reduce((sum, entry) => sum + (entry as { total: number }).total, 0);
	return { data: { total, dataset, pagination: { current: 'MA==', next, previous: null } } };
}

export function params(operation: string, withDestination: boolean, extra: object = {}) {
	return {
		resource: 'deliveryOverview',
		operation,
		sourceId: byId('src1'),
		...(withDestination ? { destinationId: byId('dst1') } : {}),
		startTime: START,
		endTime: END,
		...extra,
	};
}

/**
 * The test every step shares: the source (and the destination, for destination steps), hourly
 * buckets and ISO UTC times in the query; one item per series with its IDs.
 */
export function itGetsTheStep(operation: string, path: string, withDestination: boolean): void {
	it(`${operation} GETs ${path} (v1beta) with the source (and destination: ${withDestination}), hourly buckets and ISO UTC times; one item per series with its IDs`, async () => {
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
	});
}

/** Refuses an unusable field of a step before any request, naming the field. */
export function itRefusesBeforeSending(
	field: string,
	operation: string,
	withDestination: boolean,
	change: object,
	problem: string,
): void {
	it(`refuses an unusable ${field} (${operation}) without sending a request, naming the field`, async () => {
		const sent = await capture(
			() =>
				expect(runNode({ ...params(operation, withDestination), ...change })).rejects.toThrow(
					`The field "${field}" ${problem}`,
				),
			always(overview([])),
		);
		expect(sent).toEqual([]);
	});
}
