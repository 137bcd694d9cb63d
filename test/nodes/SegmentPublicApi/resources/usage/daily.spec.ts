import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { usagePeriod } from '../../../../../nodes/SegmentPublicApi/resources/usage/get';

const apiCalls = (n: number) => ({
	apiCalls: String(1000 * n),
	timestamp: `2026-03-0${n}T00:00:00.000Z`,
});
const sourceCalls = (n: number) => ({ sourceId: `src${n}`, ...apiCalls(n) });
const mtu = (n: number) => ({
	periodStart: 1772323200,
	periodEnd: 1775001600,
	anonymous: String(3 * n),
	anonymousIdentified: String(7 * n),
	identified: String(33 * n),
	neverIdentified: '0',
	timestamp: `2026-03-0${n}T00:00:00.000Z`,
});
const sourceMtu = (n: number) => ({ sourceId: `src${n}`, ...mtu(n) });

const OPERATIONS = [
	['getDailyApiCalls', '/usage/api-calls/daily', 'dailyWorkspaceAPICallsUsage', apiCalls],
	[
		'getDailyApiCallsPerSource',
		'/usage/api-calls/sources/daily',
		'dailyPerSourceAPICallsUsage',
		sourceCalls,
	],
	['getDailyMtus', '/usage/mtu/daily', 'dailyWorkspaceMTUUsage', mtu],
	['getDailyMtusPerSource', '/usage/mtu/sources/daily', 'dailyPerSourceMTUUsage', sourceMtu],
] as const;

describe('Usage', () => {
	it.each(OPERATIONS)(
		'%s GETs %s (v1) with the period and returns one item per snapshot',
		async (operation, path, root, record) => {
			apiWithoutBody()
				.get(path)
				.query(exactQuery({ period: '2026-03-01', 'pagination[count]': '50' }))
				.reply(200, page(root, [record(1), record(2)]));

			const items = await runJson({ resource: 'usage', operation, period: '2026-03-01' });

			expect(items).toEqual([record(1), record(2)]);
		},
	);

	it.each(OPERATIONS)(
		'%s follows the cursor with Return All, keeping the period',
		async (operation, path, root, record) => {
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
		},
	);

	it('stops at the Limit, asking only for what it needs', async () => {
		apiWithoutBody()
			.get('/usage/mtu/sources/daily')
			.query(exactQuery({ period: '2026-03-01', 'pagination[count]': '2' }))
			.reply(200, page('dailyPerSourceMTUUsage', [sourceMtu(1), sourceMtu(2)], 'Mg=='));

		const items = await runJson({
			resource: 'usage',
			operation: 'getDailyMtusPerSource',
			period: '2026-03-01',
			limit: 2,
		});

		expect(items).toEqual([sourceMtu(1), sourceMtu(2)]);
	});

	it.each([
		['2026-03', '2026-03-01'],
		[' 2026-03-01 ', '2026-03-01'],
		['2026-02-15T00:00:00.000+01:00', '2026-02-15'],
		['2024-02-29', '2024-02-29'],
	])('sends the period %j as %s', async (given, sent) => {
		apiWithoutBody()
			.get('/usage/api-calls/daily')
			.query(exactQuery({ period: sent, 'pagination[count]': '50' }))
			.reply(200, page('dailyWorkspaceAPICallsUsage', [apiCalls(1)]));

		expect(
			await runJson({ resource: 'usage', operation: 'getDailyApiCalls', period: given }),
		).toEqual([apiCalls(1)]);
	});

	it('reads every accepted form of the period, and refuses the rest', () => {
		expect(usagePeriod('2026-12')).toBe('2026-12-01');
		expect(usagePeriod('2026-03-01 10:00')).toBe('2026-03-01');
		for (const bad of [
			'',
			'March 2026',
			'2026-13-01',
			'2026-02-30',
			'2025-02-29',
			'26-03-01',
			'2026-3-1',
			'2026-03-01x',
		]) {
			expect(usagePeriod(bad)).toBeUndefined();
		}
	});

	it.each(['', 'last month', '2026-02-30'])(
		'refuses the period %j without sending a request, naming the field',
		async (period) => {
			const sent = await capture(
				() =>
					expect(runNode({ resource: 'usage', operation: 'getDailyMtus', period })).rejects.toThrow(
						'The field "Period" is not a valid date',
					),
				always(page('dailyWorkspaceMTUUsage', [])),
			);
			expect(sent).toEqual([]);
		},
	);
});
