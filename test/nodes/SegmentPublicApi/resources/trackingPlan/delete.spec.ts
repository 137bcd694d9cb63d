import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Tracking Plan > Delete', () => {
	it('deletes a plan', async () => {
		apiWithoutBody()
			.delete('/tracking-plans/tp1')
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(
			await runJson({ resource: 'trackingPlan', operation: 'delete', trackingPlanId: byId('tp1') }),
		).toEqual([{ status: 'SUCCESS' }]);
	});
});
