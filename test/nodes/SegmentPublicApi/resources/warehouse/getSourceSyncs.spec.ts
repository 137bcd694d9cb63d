import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { failed, sync } from './fixtures';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse > Get Source Syncs', () => {
	const run = (parameters: IDataObject) =>
		runJson({
			resource: 'warehouse',
			operation: 'getSourceSyncs',
			warehouseId: byId('wh1'),
			sourceId: byId('src1'),
			...parameters,
		});

	it("lists the source's syncs under the warehouse's connected source", async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources/src1/syncs')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('reports', [sync(1), failed], 'Mg=='));

		expect(await run({ limit: 2 })).toEqual([sync(1), failed]);
	});

	it('follows the cursor on Return All', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources/src1/syncs')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('reports', [sync(1)], 'MQ=='))
			.get('/warehouses/wh1/connected-sources/src1/syncs')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('reports', [sync(3)], null, 'MQ=='));

		expect(await run({ returnAll: true })).toEqual([sync(1), sync(3)]);
	});

	it('URL-encodes both IDs', async () => {
		apiWithoutBody()
			.get('/warehouses/w%20h/connected-sources/s%2Frc/syncs')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('reports', []));

		expect(await run({ warehouseId: byId('w h'), sourceId: byId('s/rc') })).toEqual([]);
	});

	it('refuses an empty source before sending any request', async () => {
		const trap = nock(US)
			.intercept(() => true, 'GET')
			.reply(200, {});

		await expect(
			runNode({
				resource: 'warehouse',
				operation: 'getSourceSyncs',
				warehouseId: byId('wh1'),
				sourceId: byId(''),
			}),
		).rejects.toThrow('The field "Source" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's message when the source is not connected", async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources/src9/syncs')
			.query({ 'pagination[count]': '50' })
			.reply(404, {
				errors: [{ type: 'NotFound', message: 'Source is not connected to this warehouse' }],
			});

		await expect(
			runNode({
				resource: 'warehouse',
				operation: 'getSourceSyncs',
				warehouseId: byId('wh1'),
				sourceId: byId('src9'),
			}),
		).rejects.toThrow('Source is not connected to this warehouse');
	});
});
