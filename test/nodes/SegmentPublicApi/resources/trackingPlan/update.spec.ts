import { runNode } from '../../../../harness/node';
import { always, capture } from '../../../../differential/capture';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Tracking Plan > Update', () => {
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
