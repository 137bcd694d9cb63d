import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

describe('Warehouse Credential > Delete', () => {
	it('DELETEs the credential without a body and returns the status', async () => {
		apiWithoutBody()
			.delete('/credentials/cred%201')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'delete',
			credentialId: 'cred 1',
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});

	it("fails with Segment's message while the credential is in use", async () => {
		apiWithoutBody()
			.delete('/credentials/cred1')
			.reply(409, {
				errors: [{ type: 'conflict', message: 'The credential is in use by 1 warehouse(s)' }],
			});

		await expect(
			runNode({ resource: 'warehouseCredential', operation: 'delete', credentialId: 'cred1' }),
		).rejects.toThrow('The credential is in use by 1 warehouse(s)');
	});

	it('refuses a dot segment as ID before sending', async () => {
		await expect(
			runNode({ resource: 'warehouseCredential', operation: 'delete', credentialId: '..' }),
		).rejects.toThrow('The field "Warehouse Credential" is not a valid ID: ".."');
		expect(nock.pendingMocks()).toEqual([]);
	});
});
