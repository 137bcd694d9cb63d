import nock from 'nock';
import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
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

describe('Warehouse Credential > Get Many', () => {
	it('asks for Limit records and simplifies them', async () => {
		apiWithoutBody()
			.get('/credentials')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('credentials', [credential(1), credential(2)], 'Mg=='));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getAll',
			limit: 2,
		});

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All, unsimplified', async () => {
		apiWithoutBody()
			.get('/credentials')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('credentials', [credential(1)], 'MQ=='))
			.get('/credentials')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('credentials', [credential(2)], null, 'MQ=='));

		const items = await runJson({
			resource: 'warehouseCredential',
			operation: 'getAll',
			returnAll: true,
			simplify: false,
		});

		expect(items).toEqual([credential(1), credential(2)]);
	});

	it('refuses a Limit of 0 before sending', async () => {
		await expect(
			runNode({ resource: 'warehouseCredential', operation: 'getAll', limit: 0 }),
		).rejects.toThrow('The field "Limit" must be a whole number of 1 or more');
	});
});

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
