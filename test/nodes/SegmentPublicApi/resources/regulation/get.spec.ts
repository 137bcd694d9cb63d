import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Deletion and Suppression > Get', () => {
	it('gets one regulation by its ID, URL-encoded', async () => {
		const regulation = { id: 'reg/1', overallStatus: 'RUNNING', streamStatus: [] };
		apiWithoutBody().get('/regulations/reg%2F1').reply(200, { data: { regulation } });

		expect(
			await runJson({ resource: 'regulation', operation: 'get', regulateId: ' reg/1 ' }),
		).toEqual([regulation]);
	});

	it('refuses an empty Regulation ID before sending', async () => {
		await expect(
			runNode({ resource: 'regulation', operation: 'get', regulateId: '' }),
		).rejects.toThrow('The field "Regulation ID" is empty');
	});
});
