import type { IDataObject } from 'n8n-workflow';

/** A sync report as Segment lists it; `failed` is one that could not connect. */
export function sync(n: number, overrides: IDataObject = {}): IDataObject {
	return {
		sourceId: `src${n % 2}`,
		start: `2026-01-0${n}T10:00:00.000Z`,
		end: `2026-01-0${n}T10:04:12.000Z`,
		status: 'SUCCESS',
		duration: 252,
		humanDuration: '4m 12s',
		count: 1000 * n,
		notices: [],
		...overrides,
	};
}

export const failed = sync(3, {
	status: 'FAILED',
	count: 0,
	notices: [
		{ level: 'ERROR', message: 'Could not connect', createdAt: '2026-01-03T10:04:12.000Z' },
	],
});
