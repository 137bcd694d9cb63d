import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { byId, rule } from './fixtures';

describe('Tracking Plan > Remove Rules', () => {
	it('removes rules named in the query as Segment expects, rules[0][type]=...', async () => {
		let query = '';
		apiWithoutBody()
			.delete('/tracking-plans/tp1/rules')
			.query(true)
			.reply(200, function () {
				query = decodeURIComponent(this.req.path.split('?')[1]);
				return { data: { status: 'SUCCESS' } };
			});

		await runJson({
			resource: 'trackingPlan',
			operation: 'removeRules',
			trackingPlanId: byId('tp1'),
			rules: JSON.stringify([rule('Order Completed', 2), rule('', 1, null, 'IDENTIFY')]),
		});

		expect(query).toBe(
			'rules[0][type]=TRACK&rules[0][key]=Order Completed&rules[0][version]=2&rules[1][type]=IDENTIFY&rules[1][key]=&rules[1][version]=1',
		);
	});

	it.each([
		['not JSON', '[{"type": ', 'The field "Rules" is not valid JSON'],
		['not a list', '{"type": "TRACK"}', 'The field "Rules" is not a list of rules'],
		[
			'an unknown type',
			'[{"type": "ALIAS", "key": "x"}]',
			'The field "Rules" has an invalid rule at position 1: "type" must be one of COMMON, GROUP, IDENTIFY, PAGE, SCREEN, TRACK',
		],
		[
			'a Track rule without a key',
			'[{"type": "TRACK", "key": "A"}, {"type": "TRACK"}]',
			'The field "Rules" has an invalid rule at position 2: a TRACK rule needs a "key"',
		],
		[
			'a bad version',
			'[{"type": "TRACK", "key": "A", "version": 1.5}]',
			'"version" must be a whole number of 1 or more',
		],
		[
			'the same rule twice',
			'[{"type": "TRACK", "key": "A"}, {"type": "TRACK", "key": "A", "version": 1}]',
			'The field "Rules" lists the rule TRACK "A" version 1 twice',
		],
		['no rule to remove', '[]', 'The field "Rules" is empty'],
	])('refuses %s before sending', async (_case, rules, message) => {
		await expect(
			runNode({
				resource: 'trackingPlan',
				operation: 'removeRules',
				trackingPlanId: byId('tp1'),
				rules,
			}),
		).rejects.toThrow(message);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
