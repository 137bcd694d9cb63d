import { runNode } from '../../../../harness/node';
import { page } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { itListsDailyUsage, mtu } from './fixtures';

describe('Usage > Get Daily MTUs', () => {
	itListsDailyUsage('getDailyMtus', '/usage/mtu/daily', 'dailyWorkspaceMTUUsage', mtu);

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
