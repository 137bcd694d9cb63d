import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Tracking Plan > Add Source', () => {
	it('connects a source, its ID in the body', async () => {
		apiWithBody()
			.post('/tracking-plans/tp1/sources', { sourceId: 'src 1' })
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(
			await runJson({
				resource: 'trackingPlan',
				operation: 'addSource',
				trackingPlanId: byId('tp1'),
				sourceId: byId(' src 1 '),
			}),
		).toEqual([{ status: 'SUCCESS' }]);
	});
});
