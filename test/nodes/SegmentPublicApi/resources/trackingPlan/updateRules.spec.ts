import nock from 'nock';
import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Tracking Plan > Update Rules', () => {
	it('updates rules with a new key, from an object with a "rules" list', async () => {
		apiWithBody()
			.patch('/tracking-plans/tp1/rules', {
				rules: [{ type: 'TRACK', key: 'A', version: 1, newKey: 'B' }],
			})
			.reply(200, { data: { status: 'SUCCESS' } });

		await runJson({
			resource: 'trackingPlan',
			operation: 'updateRules',
			trackingPlanId: byId('tp1'),
			rules: { rules: [{ type: 'TRACK', key: 'A', version: 1, newKey: 'B' }] },
		});
		expect(nock.pendingMocks()).toEqual([]);
	});
});
