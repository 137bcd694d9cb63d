import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page, warehouse } from '../../../../harness/segment';

const simplified = (record: IDataObject) => ({
	id: record.id,
	name: (record.settings as IDataObject).name,
	enabled: record.enabled,
	type: 'Postgres',
	typeId: 'aea3fX3g4o',
	workspaceId: 'ws1',
});

const list = (parameters: IDataObject = {}) =>
	runJson({ resource: 'warehouse', operation: 'getAll', ...parameters });

describe('Warehouse > Get Many', () => {
	it('asks for 50 records by default and simplifies them', async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('warehouses', [warehouse(1), warehouse(2)]));

		const items = await list();

		expect(items).toEqual([
			{ id: 'wh1', name: 'Warehouse 1', enabled: true, type: 'Postgres', typeId: 'aea3fX3g4o', workspaceId: 'ws1' },
			{ id: 'wh2', name: 'Warehouse 2', enabled: true, type: 'Postgres', typeId: 'aea3fX3g4o', workspaceId: 'ws1' },
		]);
	});

	it("returns Segment's records unchanged with Simplify off", async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('warehouses', [warehouse(1)]));

		const items = await list({ simplify: false });

		expect(items).toEqual([warehouse(1)]);
	});

	it('follows the cursor across three pages with Return All', async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehouses', [warehouse(1)], 'Mg=='))
			.get('/warehouses')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('warehouses', [warehouse(2), warehouse(3)], 'Mw==', 'Mg=='))
			.get('/warehouses')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mw==' })
			.reply(200, page('warehouses', [warehouse(4)], null, 'Mw=='));

		const items = await list({ returnAll: true });

		expect(items).toEqual([1, 2, 3, 4].map((n) => simplified(warehouse(n))));
	});

	it('asks only for what is missing from the limit on each page and stops at the limit', async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('warehouses', [warehouse(1)], 'Mg=='))
			.get('/warehouses')
			.query({ 'pagination[count]': '2', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('warehouses', [warehouse(2), warehouse(3)], 'Mw==', 'Mg=='));

		const items = await list({ limit: 3, simplify: false });

		expect(items).toEqual([warehouse(1), warehouse(2), warehouse(3)]);
	});

	it('returns no items when the workspace has no warehouse', async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehouses', []));

		const items = await list({ returnAll: true });

		expect(items).toEqual([]);
	});

	it('keeps only disabled warehouses, across pages', async () => {
		const off1 = warehouse(2, { enabled: false });
		const off2 = warehouse(4, { enabled: false });
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehouses', [warehouse(1), off1], 'Mg=='))
			.get('/warehouses')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('warehouses', [warehouse(3), off2]));

		const items = await list({ returnAll: true, filters: { status: 'disabled' }, simplify: false });

		expect(items).toEqual([off1, off2]);
	});

	it('reads full pages when filtering and counts only kept records against the limit', async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehouses', [warehouse(1, { enabled: false }), warehouse(2)], 'Mg=='))
			.get('/warehouses')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('warehouses', [warehouse(3, { enabled: false }), warehouse(4), warehouse(5)], 'Mw==', 'Mg=='));

		const items = await list({ limit: 2, filters: { status: 'enabled' } });

		expect(items).toEqual([simplified(warehouse(2)), simplified(warehouse(4))]);
	});
});
