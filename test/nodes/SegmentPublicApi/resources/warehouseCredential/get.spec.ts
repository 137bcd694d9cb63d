import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { credential, simplified } from './helpers';

describe('Warehouse Credential > Get', () => {
	it('GETs the credential by its URL-encoded ID and simplifies it', async () => {
		apiWithoutBody()
			.get('/credentials/cred%3F1')
			.query((query) => Object.keys(query).length === 0)
			.reply(200, { data: { credential: credential(1) } });

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'get',
			credentialId: 'cred?1',
		});

		expect(items).toEqual([simplified(1)]);
	});

	it('returns the credential with its masked settings with Simplify off', async () => {
		apiWithoutBody()
			.get('/credentials/cred1')
			.reply(200, { data: { credential: credential(1) } });

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'get',
			credentialId: 'cred1',
			simplify: false,
		});

		expect(items).toEqual([credential(1)]);
	});

	it('refuses an empty Credential ID before sending, naming the field', async () => {
		await expect(
			runNode({ resource: 'warehouseCredential', operation: 'get', credentialId: '' }),
		).rejects.toThrow('The field "Warehouse Credential" is empty');
		expect(nock.pendingMocks()).toEqual([]);
	});

	it("fails with Segment's message on 404", async () => {
		apiWithoutBody()
			.get('/credentials/missing')
			.reply(404, { errors: [{ type: 'not-found', message: 'Credential not found' }] });

		await expect(
			runNode({ resource: 'warehouseCredential', operation: 'get', credentialId: 'missing' }),
		).rejects.toThrow('Credential not found');
	});
});
