import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { itListsDailyUsage, apiCalls } from './fixtures';

describe('Usage > Get Daily API Calls', () => {
	itListsDailyUsage(
		'getDailyApiCalls',
		'/usage/api-calls/daily',
		'dailyWorkspaceAPICallsUsage',
		apiCalls,
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
