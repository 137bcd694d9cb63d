import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { sourceMtu } from './fixtures';

describe('Usage > Get Daily MTUs per Source', () => {
	it.each([
		[
			'getDailyMtusPerSource',
			'/usage/mtu/sources/daily',
			'dailyPerSourceMTUUsage',
			sourceMtu,
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
			'getDailyMtusPerSource',
			'/usage/mtu/sources/daily',
			'dailyPerSourceMTUUsage',
			sourceMtu,
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
});
