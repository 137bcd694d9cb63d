import { byId } from '../../../../differential/capture';

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
