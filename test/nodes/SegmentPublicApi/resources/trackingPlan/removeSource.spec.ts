import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { byId } from './fixtures';

describe('Tracking Plan > Remove Source', () => {
	it('disconnects a source, its ID in the query', async () => {
		apiWithoutBody()
			.delete('/tracking-plans/tp1/sources')
			.query(exactQuery({ sourceId: 'src/1' }))
			.reply(200, { data: { status: 'SUCCESS' } });

		await runJson({
			resource: 'trackingPlan',
			operation: 'removeSource',
			trackingPlanId: byId('tp1'),
			sourceId: byId('src/1'),
		});
		expect(nock.pendingMocks()).toEqual([]);
	});

	it('refuses an empty source before sending', async () => {
		await expect(
			runNode({
				resource: 'trackingPlan',
				operation: 'removeSource',
				trackingPlanId: byId('tp1'),
				sourceId: byId(''),
			}),
		).rejects.toThrow('The field "Source" is empty');
	});
});
