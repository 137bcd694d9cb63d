import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, warehouse } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse > Update', () => {
	it('sends the parsed settings and the update fields, and returns the updated warehouse', async () => {
		const updated = warehouse(1, { enabled: false });
		apiWithBody()
			.patch('/warehouses/wh1', { settings: { port: 5433, ssl: true }, enabled: false, name: 'Renamed' })
			.reply(200, { data: { warehouse: updated } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'update',
			warehouseId: byId('wh1'),
			settings: '{"port": 5433, "ssl": true}',
			updateFields: { enabled: false, name: 'Renamed' },
		});

		expect(items).toEqual([updated]);
	});

	it('always sends settings, as {} when the field keeps its default', async () => {
		apiWithBody()
			.patch('/warehouses/wh2', { settings: {}, name: 'Only the name' })
			.reply(200, { data: { warehouse: warehouse(2) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'update',
			warehouseId: byId('wh2'),
			updateFields: { name: 'Only the name' },
		});

		expect(items).toEqual([warehouse(2)]);
	});

	it('URL-encodes the ID into the path', async () => {
		apiWithBody()
			.patch('/warehouses/a%20b%2Fc', { settings: {} })
			.reply(200, { data: { warehouse: warehouse(3) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'update',
			warehouseId: byId('a b/c'),
			settings: '{}',
		});

		expect(items).toEqual([warehouse(3)]);
	});

	it('takes the warehouse ID out of a Segment app URL', async () => {
		apiWithBody()
			.patch('/warehouses/wh7', { settings: { hostname: 'new.example.com' } })
			.reply(200, { data: { warehouse: warehouse(7) } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'update',
			warehouseId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/warehouses/wh7/overview' },
			settings: '{"hostname": "new.example.com"}',
		});

		expect(items).toEqual([warehouse(7)]);
	});

	it('refuses invalid JSON in Settings, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'PATCH').reply(200, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'update', warehouseId: byId('wh1'), settings: '{bad' }),
		).rejects.toThrow('The field "Settings" is not valid JSON');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it('refuses an empty ID, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'PATCH').reply(200, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'update', warehouseId: byId(''), settings: '{}' }),
		).rejects.toThrow('The field "Warehouse" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
