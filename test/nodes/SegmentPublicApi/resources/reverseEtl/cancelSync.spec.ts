import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, byId } from './fixtures';

describe('Reverse ETL > Cancel Sync', () => {
	const base = {
		resource: 'reverseEtl',
		operation: 'cancelSync',
		reverseEtlModelId: byId('mdl1'),
		syncId: '2001',
	};

	it('sends the reason (Other by default) and returns the CANCELLING status', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models/mdl1/syncs/2001/cancel', { reasonForCanceling: 4 })
			.reply(200, { data: { modelId: 'mdl1', syncId: '2001', status: 'CANCELLING' } });

		expect(await runJson(base)).toEqual([
			{ modelId: 'mdl1', syncId: '2001', status: 'CANCELLING' },
		]);
	});

	it('sends the chosen reason', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models/mdl1/syncs/2001/cancel', { reasonForCanceling: 0 })
			.reply(200, { data: { modelId: 'mdl1', syncId: '2001', status: 'CANCELLING' } });

		expect(await runJson({ ...base, reasonForCanceling: 0 })).toHaveLength(1);
	});

	it('fails when Segment answers that the sync had already finished', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models/mdl1/syncs/2001/cancel')
			.reply(200, {
				data: {
					modelId: 'mdl1',
					syncId: '2001',
					errorCode: 'SyncFinishedCannotCancel',
					errorMessage: 'sync already finished',
				},
			});

		await expect(runNode(base)).rejects.toThrow(
			'Segment did not cancel sync 2001: sync already finished (SyncFinishedCannotCancel)',
		);
	});

	it('refuses an empty Sync ID without sending a request', async () => {
		await expect(runNode({ ...base, syncId: ' ' })).rejects.toThrow('The field "Sync ID" is empty');
	});
});
