import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { apiCalls } from './fixtures';

describe('Usage > Get Daily API Calls', () => {
	it.each([
		[
			'getDailyApiCalls',
			'/usage/api-calls/daily',
			'dailyWorkspaceAPICallsUsage',
			apiCalls,
		] as const,
	])(
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

	it.each([
		[
			'getDailyApiCalls',
			'/usage/api-calls/daily',
			'dailyWorkspaceAPICallsUsage',
			apiCalls,
		] as const,
	])(
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
});
