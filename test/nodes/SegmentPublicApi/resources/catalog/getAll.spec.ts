import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, catalogEntry, page } from '../../../../harness/segment';

const TYPES = [
	['source', '/catalog/sources', 'sourcesCatalog'],
	['destination', '/catalog/destinations', 'destinationsCatalog'],
	['warehouse', '/catalog/warehouses', 'warehousesCatalog'],
] as const;

const simplified = (n: number) => ({
	id: `meta${n}`,
	name: `Type ${n}`,
	slug: `type-${n}`,
	description: `Catalog entry ${n}`,
	categories: ['Analytics'],
	status: 'PUBLIC',
});

const list = (parameters: IDataObject) => runJson({ resource: 'catalog', operation: 'getAll', ...parameters });

describe('Catalog > Get Many', () => {
	it.each(TYPES)('lists the %s catalog from %s under %s, simplified by default', async (catalogType, path, root) => {
		apiWithoutBody()
			.get(path)
			.query({ 'pagination[count]': '50' })
			.reply(200, page(root, [catalogEntry(1), catalogEntry(2)]));

		const items = await list({ catalogType });

		expect(items).toEqual([
			{ id: 'meta1', name: 'Type 1', slug: 'type-1', description: 'Catalog entry 1', categories: ['Analytics'], status: 'PUBLIC' },
			{ id: 'meta2', name: 'Type 2', slug: 'type-2', description: 'Catalog entry 2', categories: ['Analytics'], status: 'PUBLIC' },
		]);
	});

	it.each(TYPES)('returns the %s catalog entries unchanged with Simplify off', async (catalogType, path, root) => {
		apiWithoutBody()
			.get(path)
			.query({ 'pagination[count]': '50' })
			.reply(200, page(root, [catalogEntry(1)]));

		const items = await list({ catalogType, simplify: false });

		expect(items).toEqual([catalogEntry(1)]);
	});

	it.each(TYPES)('follows the cursor of the %s catalog across pages with Return All', async (catalogType, path, root) => {
		apiWithoutBody()
			.get(path)
			.query({ 'pagination[count]': '1000' })
			.reply(200, page(root, [catalogEntry(1), catalogEntry(2)], 'Mg=='))
			.get(path)
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page(root, [catalogEntry(3)], 'Mw==', 'Mg=='))
			.get(path)
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mw==' })
			.reply(200, page(root, [catalogEntry(4)], null, 'Mw=='));

		const items = await list({ catalogType, returnAll: true });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3), simplified(4)]);
	});

	it('reads the source catalog when no catalog is chosen', async () => {
		apiWithoutBody()
			.get('/catalog/sources')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('sourcesCatalog', [catalogEntry(1)]));

		const items = await runJson({ resource: 'catalog', operation: 'getAll' });

		expect(items).toEqual([simplified(1)]);
	});

	it('asks only for what is missing from the limit on each page and stops at the limit', async () => {
		apiWithoutBody()
			.get('/catalog/destinations')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('destinationsCatalog', [catalogEntry(1), catalogEntry(2)], 'Mg=='))
			.get('/catalog/destinations')
			.query({ 'pagination[count]': '1', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinationsCatalog', [catalogEntry(3)], 'Mw==', 'Mg=='));

		const items = await list({ catalogType: 'destination', limit: 3 });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3)]);
	});

	it('returns no items for an empty catalog', async () => {
		apiWithoutBody()
			.get('/catalog/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehousesCatalog', []));

		const items = await list({ catalogType: 'warehouse', returnAll: true });

		expect(items).toEqual([]);
	});
});
