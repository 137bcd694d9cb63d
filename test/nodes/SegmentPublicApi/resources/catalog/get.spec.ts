import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, catalogEntry } from '../../../../harness/segment';

const TYPES = [
	['source', '/catalog/sources', 'sourceMetadata'],
	['destination', '/catalog/destinations', 'destinationMetadata'],
	['warehouse', '/catalog/warehouses', 'warehouseMetadata'],
] as const;

describe('Catalog > Get', () => {
	it.each(TYPES)('gets one %s catalog entry from %s/{id} under %s, simplified by default', async (catalogType, path, root) => {
		apiWithoutBody()
			.get(`${path}/meta1`)
			.reply(200, { data: { [root]: catalogEntry(1) } });

		const items = await runJson({ resource: 'catalog', operation: 'get', catalogType, catalogItemId: 'meta1' });

		expect(items).toEqual([
			{ id: 'meta1', name: 'Type 1', slug: 'type-1', description: 'Catalog entry 1', categories: ['Analytics'], status: 'PUBLIC' },
		]);
	});

	it.each(TYPES)('returns the %s catalog entry unchanged with Simplify off', async (catalogType, path, root) => {
		apiWithoutBody()
			.get(`${path}/meta2`)
			.reply(200, { data: { [root]: catalogEntry(2) } });

		const items = await runJson({
			resource: 'catalog',
			operation: 'get',
			catalogType,
			catalogItemId: 'meta2',
			simplify: false,
		});

		expect(items).toEqual([catalogEntry(2)]);
	});

	it('reads the source catalog when no catalog is chosen', async () => {
		apiWithoutBody()
			.get('/catalog/sources/meta3')
			.reply(200, { data: { sourceMetadata: catalogEntry(3) } });

		const items = await runJson({ resource: 'catalog', operation: 'get', catalogItemId: 'meta3', simplify: false });

		expect(items).toEqual([catalogEntry(3)]);
	});

	it('URL-encodes the catalog entry ID into the path', async () => {
		apiWithoutBody()
			.get('/catalog/destinations/a%20b%2Fc')
			.reply(200, { data: { destinationMetadata: catalogEntry(4) } });

		const items = await runJson({
			resource: 'catalog',
			operation: 'get',
			catalogType: 'destination',
			catalogItemId: 'a b/c',
			simplify: false,
		});

		expect(items).toEqual([catalogEntry(4)]);
	});

	it('refuses an empty catalog entry ID, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'GET').reply(200, {});

		await expect(
			runNode({ resource: 'catalog', operation: 'get', catalogType: 'warehouse', catalogItemId: '' }),
		).rejects.toThrow('The field "Catalog Entry" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it("rejects with Segment's error message when the entry does not exist", async () => {
		apiWithoutBody()
			.get('/catalog/sources/nope')
			.reply(404, { errors: [{ type: 'not-found', message: 'Catalog entry not found' }] });

		await expect(
			runNode({ resource: 'catalog', operation: 'get', catalogType: 'source', catalogItemId: 'nope' }),
		).rejects.toThrow('Catalog entry not found');
	});
});
