import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { failed, sync } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse > Get Syncs', () => {
	const run = (parameters: IDataObject) =>
		runJson({
			resource: 'warehouse',
			operation: 'getSyncs',
			warehouseId: byId('wh1'),
			...parameters,
		});

	it('asks for 50 syncs by default with the v1 media type and returns each report unchanged', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/syncs')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('reports', [sync(1), sync(2), failed]));

		expect(await run({})).toEqual([sync(1), sync(2), failed]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/syncs')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('reports', [sync(1)], 'MQ=='))
			.get('/warehouses/wh1/syncs')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('reports', [sync(2)], null, 'MQ=='));

		expect(await run({ returnAll: true })).toEqual([sync(1), sync(2)]);
	});

	it('asks only for what is missing from the Limit on the next page', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/syncs')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('reports', [sync(1), sync(2)], 'Mg=='))
			.get('/warehouses/wh1/syncs')
			.query({ 'pagination[count]': '1', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('reports', [failed], 'Mw==', 'Mg=='));

		expect(await run({ limit: 3 })).toEqual([sync(1), sync(2), failed]);
	});

	it('URL-encodes the warehouse ID', async () => {
		apiWithoutBody()
			.get('/warehouses/wh%2F1%3Fx/syncs')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('reports', [sync(1)]));

		expect(await run({ warehouseId: byId('wh/1?x') })).toEqual([sync(1)]);
	});

	it('refuses an empty warehouse before sending any request', async () => {
		const trap = nock(US)
			.intercept(() => true, 'GET')
			.reply(200, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'getSyncs', warehouseId: byId(' ') }),
		).rejects.toThrow('The field "Warehouse" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
