import { loadOptions } from '../../../harness/node';
import { apiWithoutBody, catalogEntry, destination, page, source, warehouse } from '../../../harness/segment';

describe('loadOptions', () => {
	it('getSources lists every source of the workspace across pages, sorted by name', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(2), source(1, { name: 'Zeta' })], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3, { name: 'Alpha' })]));

		expect(await loadOptions('getSources')).toEqual([
			{ name: 'Alpha (Javascript)', value: 'src3' },
			{ name: 'Source 2 (Javascript)', value: 'src2' },
			{ name: 'Zeta (Javascript)', value: 'src1' },
		]);
	});

	it('getDestinations and getWarehouses share the same listing', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', [destination(1)]))
			.get('/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehouses', [warehouse(1)]));

		expect(await loadOptions('getDestinations')).toEqual([{ name: 'Destination 1 (Amplitude)', value: 'dst1' }]);
		expect(await loadOptions('getWarehouses')).toEqual([{ name: 'Warehouse 1 (Postgres)', value: 'wh1' }]);
	});

	it.each([
		['getSourceCatalog', '/catalog/sources', 'sourcesCatalog'],
		['getDestinationCatalog', '/catalog/destinations', 'destinationsCatalog'],
		['getWarehouseCatalog', '/catalog/warehouses', 'warehousesCatalog'],
	] as const)('%s fills the type dropdown from %s', async (method, path, root) => {
		apiWithoutBody()
			.get(path)
			.query({ 'pagination[count]': '1000' })
			.reply(200, page(root, [catalogEntry(2), catalogEntry(1)]));

		expect(await loadOptions(method)).toEqual([
			{ name: 'Type 1', value: 'meta1' },
			{ name: 'Type 2', value: 'meta2' },
		]);
	});

	it('getCatalogItems follows the Catalog field', async () => {
		apiWithoutBody()
			.get('/catalog/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehousesCatalog', [catalogEntry(1)]));

		expect(
			await loadOptions('getCatalogItems', { resource: 'catalog', operation: 'get', catalogType: 'warehouse' }),
		).toEqual([{ name: 'Type 1', value: 'meta1' }]);
	});
});
