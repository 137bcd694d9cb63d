import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, warehouse } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const simplified = (n: number) => ({
	id: `wh${n}`,
	name: `Warehouse ${n}`,
	enabled: true,
	type: 'Postgres',
	typeId: 'aea3fX3g4o',
	workspaceId: 'ws1',
});

describe('Warehouse > Get', () => {
	it('gets one warehouse and simplifies it by default, naming it from its settings', async () => {
		apiWithoutBody().get('/warehouses/wh1').reply(200, { data: { warehouse: warehouse(1) } });

		const items = await runJson({ resource: 'warehouse', operation: 'get', warehouseId: byId('wh1') });

		expect(items).toEqual([
			{ id: 'wh1', name: 'Warehouse 1', enabled: true, type: 'Postgres', typeId: 'aea3fX3g4o', workspaceId: 'ws1' },
		]);
	});

	it('falls back to the record name when the settings hold none', async () => {
		const record = warehouse(2, { name: 'Top-level name', settings: { hostname: 'db' }, enabled: false });
		apiWithoutBody().get('/warehouses/wh2').reply(200, { data: { warehouse: record } });

		const items = await runJson({ resource: 'warehouse', operation: 'get', warehouseId: byId('wh2') });

		expect(items).toEqual([
			{ id: 'wh2', name: 'Top-level name', enabled: false, type: 'Postgres', typeId: 'aea3fX3g4o', workspaceId: 'ws1' },
		]);
	});

	it("returns Segment's warehouse unchanged with Simplify off", async () => {
		apiWithoutBody().get('/warehouses/wh1').reply(200, { data: { warehouse: warehouse(1) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'get',
			warehouseId: byId('wh1'),
			simplify: false,
		});

		expect(items).toEqual([warehouse(1)]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithoutBody().get('/warehouses/a%20b%2Fc').reply(200, { data: { warehouse: warehouse(3) } });

		const items = await runJson({ resource: 'warehouse', operation: 'get', warehouseId: byId('a b/c') });

		expect(items).toEqual([simplified(3)]);
	});

	it('takes the warehouse ID out of a Segment app URL', async () => {
		apiWithoutBody().get('/warehouses/wh7').reply(200, { data: { warehouse: warehouse(7) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'get',
			warehouseId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/warehouses/wh7/overview' },
		});

		expect(items).toEqual([simplified(7)]);
	});

	it('uses the ID picked from the list', async () => {
		apiWithoutBody().get('/warehouses/wh4').reply(200, { data: { warehouse: warehouse(4) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'get',
			warehouseId: { __rl: true, mode: 'list', value: 'wh4', cachedResultName: 'Warehouse 4 (Postgres)' },
		});

		expect(items).toEqual([simplified(4)]);
	});

	it.each([
		['empty', ''],
		['blank', '  '],
	])('refuses an %s ID, naming the field, before sending any request', async (_, value) => {
		const trap = nock(US).intercept(() => true, 'GET').reply(200, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'get', warehouseId: byId(value) }),
		).rejects.toThrow('The field "Warehouse" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's error message when the warehouse does not exist", async () => {
		apiWithoutBody()
			.get('/warehouses/nope')
			.reply(404, { errors: [{ type: 'not-found', message: 'Warehouse not found' }] });

		await expect(
			runNode({ resource: 'warehouse', operation: 'get', warehouseId: byId('nope') }),
		).rejects.toThrow('Warehouse not found');
	});
});
