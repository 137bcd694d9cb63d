import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, PATH, space } from './fixtures';

function answer(items: IDataObject[], next: string | null, enableEventTables?: boolean) {
	return {
		data: {
			items,
			...(enableEventTables === undefined ? {} : { enableEventTables }),
			pagination: { current: 'MA==', next, previous: null },
		},
	};
}

function collection(name: string, enabled = true): IDataObject {
	return { collection: name, warehouseId: 'pwh1', enabled, properties: { user_id: true } };
}

describe('Engage: Profiles Sync > Get Selective Sync', () => {
	const run = (parameters: IDataObject) =>
		runJson({
			resource: 'profilesWarehouse',
			operation: 'getSelectiveSync',
			spaceId: space('spa1'),
			profilesWarehouseId: 'pwh1',
			...parameters,
		});

	it("returns one item per collection, each with the warehouse's enableEventTables", async () => {
		apiWithoutBody(US, ALPHA)
			.get(PATH)
			.query({ 'pagination[count]': '50' })
			.reply(200, answer([collection('tracks'), collection('pages', false)], null, false));

		expect(await run({})).toEqual([
			{ ...collection('tracks'), enableEventTables: false },
			{ ...collection('pages', false), enableEventTables: false },
		]);
	});

	it('follows the cursor on Return All, keeping the items unchanged when the flag is absent', async () => {
		apiWithoutBody(US, ALPHA)
			.get(PATH)
			.query({ 'pagination[count]': '1000' })
			.reply(200, answer([collection('tracks')], 'MQ=='))
			.get(PATH)
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'MQ==' })
			.reply(200, answer([collection('identifies')], null));

		expect(await run({ returnAll: true })).toEqual([
			collection('tracks'),
			collection('identifies'),
		]);
	});

	it('asks only for what is missing from the Limit, and stops there', async () => {
		apiWithoutBody(US, ALPHA)
			.get(PATH)
			.query({ 'pagination[count]': '3' })
			.reply(200, answer([collection('a'), collection('b')], 'Mg==', true))
			.get(PATH)
			.query({ 'pagination[count]': '1', 'pagination[cursor]': 'Mg==' })
			.reply(200, answer([collection('c')], 'Mw==', true));

		expect(await run({ limit: 3 })).toEqual(
			['a', 'b', 'c'].map((name) => ({ ...collection(name), enableEventTables: true })),
		);
	});

	it('URL-encodes both IDs', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/s%2F1/profiles-warehouses/p%201/selective-syncs')
			.query({ 'pagination[count]': '50' })
			.reply(200, answer([], null, true));

		expect(await run({ spaceId: space('s/1'), profilesWarehouseId: 'p 1' })).toEqual([]);
	});

	it.each([
		[{ profilesWarehouseId: '' }, /The field "Profiles Warehouse" is empty/],
		[{ spaceId: space('') }, 'The field "Space" is empty'],
		[{ limit: 0 }, 'The field "Limit" must be a whole number of 1 or more'],
	])('refuses %j before sending', async (parameters, message) => {
		const trap = nock(US)
			.intercept(() => true, 'GET')
			.reply(200, {});
		await expect(
			runNode({
				resource: 'profilesWarehouse',
				operation: 'getSelectiveSync',
				spaceId: space('spa1'),
				profilesWarehouseId: 'pwh1',
				...parameters,
			}),
		).rejects.toThrow(message);
		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
