import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { plan } from './fixtures';

describe('Tracking Plan > Get Many', () => {
	it('lists plans of one type', async () => {
		apiWithoutBody()
			.get('/tracking-plans')
			.query(exactQuery({ 'pagination[count]': '1000', type: 'RULE_LIBRARY' }))
			.reply(200, page('trackingPlans', [plan]));

		expect(
			await runJson({
				resource: 'trackingPlan',
				operation: 'getAll',
				returnAll: true,
				filters: { type: 'RULE_LIBRARY' },
			}),
		).toEqual([plan]);
	});
});
