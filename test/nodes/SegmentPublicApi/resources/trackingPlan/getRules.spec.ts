import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { byId, rule } from './fixtures';

describe('Tracking Plan > Get Rules', () => {
	it('lists the rules, one item per rule', async () => {
		const rules = [rule('A'), rule('B')];
		apiWithoutBody()
			.get('/tracking-plans/tp1/rules')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('rules', rules));

		expect(
			await runJson({
				resource: 'trackingPlan',
				operation: 'getRules',
				trackingPlanId: byId('tp1'),
				returnAll: true,
			}),
		).toEqual(rules);
	});
});
