import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, byId, syncStatus } from './fixtures';

describe('Reverse ETL > Get Sync Status', () => {
	it('gets the status of the sync, both IDs URL-encoded', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/reverse-etl-models/mdl%2F1/syncs/20%2301')
			.reply(200, { data: { reverseETLSyncStatus: syncStatus(1) } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'getSyncStatus',
			reverseEtlModelId: byId('mdl/1'),
			syncId: '20#01',
		});

		expect(items).toEqual([syncStatus(1)]);
	});

	it('refuses an empty Sync ID without sending a request', async () => {
		await expect(
			runNode({
				resource: 'reverseEtl',
				operation: 'getSyncStatus',
				reverseEtlModelId: byId('mdl1'),
				syncId: '',
			}),
		).rejects.toThrow('The field "Sync ID" is empty');
	});
});
