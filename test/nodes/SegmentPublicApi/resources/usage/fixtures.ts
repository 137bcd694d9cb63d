import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

export const apiCalls = (n: number) => ({
	apiCalls: String(1000 * n),
	timestamp: `2026-03-0${n}T00:00:00.000Z`,
});
export const sourceCalls = (n: number) => ({ sourceId: `src${n}`, ...apiCalls(n) });
export const mtu = (n: number) => ({
	periodStart: 1772323200,
	periodEnd: 1775001600,
	anonymous: String(3 * n),
	anonymousIdentified: String(7 * n),
	identified: String(33 * n),
	neverIdentified: '0',
	timestamp: `2026-03-0${n}T00:00:00.000Z`,
});
export const sourceMtu = (n: number) => ({ sourceId: `src${n}`, ...mtu(n) });

type DailyRecord = (n: number) => IDataObject;

/**
 * The tests every daily usage list shares: the period and the first page, then Return All across
 * pages keeping the period.
 */
export function itListsDailyUsage(
	operation: string,
	path: string,
	root: string,
	record: DailyRecord,
): void {
	it(`${operation} GETs ${path} (v1) with the period and returns one item per snapshot`, async () => {
		apiWithoutBody()
			.get(path)
			.query(exactQuery({ period: '2026-03-01', 'pagination[count]': '50' }))
			.reply(200, page(root, [record(1), record(2)]));

		const items = await runJson({ resource: 'usage', operation, period: '2026-03-01' });

		expect(items).toEqual([record(1), record(2)]);
	});

	it(`${operation} follows the cursor with Return All, keeping the period`, async () => {
		const query = { period: '2026-03-15', 'pagination[count]': '1000' };
		apiWithoutBody()
			.get(path)
			.query(exactQuery(query))
			.reply(200, page(root, [record(1), record(2)], 'Mg=='))
			.get(path)
			.query(exactQuery({ ...query, 'pagination[cursor]': 'Mg==' }))
			.reply(200, page(root, [record(3)]));

		const items = await runJson({
			resource: 'usage',
			operation,
			period: '2026-03-15',
			returnAll: true,
		});

		expect(items).toEqual([record(1), record(2), record(3)]);
	});
}
