import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Tracking Plan > Get Sources', () => {
	it('lists the connected sources', async () => {
		const sources = [{ id: 'src1', name: 'Web' }];
		apiWithoutBody()
			.get('/tracking-plans/tp1/sources')
			.query(exactQuery({ 'pagination[count]': '50' }))
			.reply(200, page('sources', sources));

		expect(
			await runJson({
				resource: 'trackingPlan',
				operation: 'getSources',
				trackingPlanId: byId('tp1'),
			}),
		).toEqual(sources);
	});
});
