import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { BETA, byId } from './fixtures';

describe('Reverse ETL > Trigger DBT Model Sync', () => {
	it('sends the source ID with the v1beta media type and returns the trigger', async () => {
		const trigger = { id: 'dbt1', sourceId: 'src1', status: 'PENDING' };
		apiWithBody(US, BETA)
			.post('/dbt-model-syncs/trigger', { sourceId: 'src1' })
			.reply(200, { data: { dbtModelSyncTrigger: trigger } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'triggerDbtModelSync',
			sourceId: byId('src1'),
		});

		expect(items).toEqual([trigger]);
	});

	it('refuses an empty Source without sending a request', async () => {
		await expect(
			runNode({ resource: 'reverseEtl', operation: 'triggerDbtModelSync', sourceId: byId('') }),
		).rejects.toThrow('The field "Source" is empty');
	});
});
