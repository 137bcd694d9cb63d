import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Tracking Plan > Replace Rules', () => {
	it('replaces the rules, normalizing the type and defaulting the version to 1', async () => {
		apiWithBody()
			.put('/tracking-plans/tp1/rules', {
				rules: [
					{ type: 'TRACK', key: 'Order Completed', version: 1, jsonSchema: { type: 'object' } },
					{ type: 'IDENTIFY', key: '', version: 2 },
				],
			})
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'trackingPlan',
			operation: 'replaceRules',
			trackingPlanId: byId('tp1'),
			rules: JSON.stringify([
				{ type: 'track', key: 'Order Completed', jsonSchema: { type: 'object' }, createdAt: 'x' },
				{ type: 'IDENTIFY', version: '2' },
			]),
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
