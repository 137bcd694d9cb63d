import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';
import { byId } from './fixtures';

describe('Tracking Plan > Update', () => {
	it('updates only the fields given', async () => {
		apiWithBody()
			.patch('/tracking-plans/tp1', { name: 'Web' })
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'trackingPlan',
			operation: 'update',
			trackingPlanId: byId('tp1'),
			updateFields: { name: 'Web' },
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an update with nothing set before sending any request, naming the fields to set', async () => {
		const sent = await capture(
			() =>
				expect(
					runNode({
						resource: 'trackingPlan',
						operation: 'update',
						trackingPlanId: byId('tp1'),
						updateFields: {},
					}),
				).rejects.toMatchObject({
					message: 'Set at least one of "Description", "Name" in "Update Fields"',
				}),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});
});
