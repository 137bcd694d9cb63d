import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { itListsDailyUsage, sourceMtu } from './fixtures';

describe('Usage > Get Daily MTUs per Source', () => {
	itListsDailyUsage(
		'getDailyMtusPerSource',
		'/usage/mtu/sources/daily',
		'dailyPerSourceMTUUsage',
		sourceMtu,
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
