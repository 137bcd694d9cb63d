import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { mtu } from './fixtures';

describe('Usage > Get Daily MTUs', () => {
	it.each([['getDailyMtus', '/usage/mtu/daily', 'dailyWorkspaceMTUUsage', mtu] as const])(
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

	it.each([['getDailyMtus', '/usage/mtu/daily', 'dailyWorkspaceMTUUsage', mtu] as const])(
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
