import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function collection(name: string, enabled = true): IDataObject {
	return {
		sourceId: 'src1',
		collection: name,
		warehouseId: 'wh1',
		enabled,
		properties: { user_id: true, context_ip: false },
	};
}

describe('Warehouse > Get Selective Sync', () => {
	const run = (parameters: IDataObject) =>
		runJson({
			resource: 'warehouse',
			operation: 'getSelectiveSync',
			warehouseId: byId('wh1'),
			sourceId: byId('src1'),
			...parameters,
		});

	it('returns one item per collection, asking for Limit of them', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources/src1/selective-syncs')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('items', [collection('pages'), collection('tracks', false)], 'Mg=='));

		expect(await run({ limit: 2 })).toEqual([collection('pages'), collection('tracks', false)]);
	});

	it('follows the cursor on Return All', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources/src1/selective-syncs')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('items', [collection('pages')], 'MQ=='))
			.get('/warehouses/wh1/connected-sources/src1/selective-syncs')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, page('items', [collection('users')], null, 'MQ=='));

		expect(await run({ returnAll: true })).toEqual([collection('pages'), collection('users')]);
	});

	it('URL-encodes the IDs', async () => {
		apiWithoutBody()
			.get('/warehouses/wh%231/connected-sources/src%3F1/selective-syncs')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('items', []));

		expect(await run({ warehouseId: byId('wh#1'), sourceId: byId('src?1') })).toEqual([]);
	});
});
