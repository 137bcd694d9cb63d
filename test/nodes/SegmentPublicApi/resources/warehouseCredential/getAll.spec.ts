import { runJson, runNode } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { credential, simplified } from './helpers';

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
