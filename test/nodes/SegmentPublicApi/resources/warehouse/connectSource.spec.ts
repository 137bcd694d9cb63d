import nock from 'nock';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, page, source } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

describe('Warehouse > Connect Source', () => {
	it("connects the source, sending no body, and returns Segment's data as is", async () => {
		apiWithoutBody()
			.post('/warehouses/wh1/connected-sources/src1')
			.reply(200, { data: { status: 'CONNECTED' } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'connectSource',
			warehouseId: byId('wh1'),
			sourceId: byId('src1'),
		});

		expect(items).toEqual([{ status: 'CONNECTED' }]);
	});

	it('URL-encodes both IDs into the path', async () => {
		apiWithoutBody()
			.post('/warehouses/a%20b%2Fc/connected-sources/s%3Fx%23y')
			.reply(200, { data: { status: 'CONNECTED' } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'connectSource',
			warehouseId: byId('a b/c'),
			sourceId: byId('s?x#y'),
		});

		expect(items).toEqual([{ status: 'CONNECTED' }]);
	});

	it('takes the warehouse ID out of its URL and resolves the source URL, which holds the slug', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3, { slug: 'my_site' })]))
			.post('/warehouses/wh7/connected-sources/src3')
			.reply(200, { data: { status: 'CONNECTED' } });

		const items = await runJson({
			resource: 'warehouse',
			operation: 'connectSource',
			warehouseId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/warehouses/wh7/overview' },
			sourceId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/sources/my_site/overview' },
		});

		expect(items).toEqual([{ status: 'CONNECTED' }]);
	});

	it('names the Source field when its URL points to no source of the workspace', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1)]));
		const trap = nock(US).intercept(() => true, 'POST').reply(200, {});

		await expect(
			runNode({
				resource: 'warehouse',
				operation: 'connectSource',
				warehouseId: byId('wh1'),
				sourceId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/sources/gone/overview' },
			}),
		).rejects.toThrow('No source with the slug "gone" exists in this workspace');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});

	it.each([
		['Warehouse', { warehouseId: byId(''), sourceId: byId('src1') }],
		['Source', { warehouseId: byId('wh1'), sourceId: byId('') }],
	])('refuses an empty %s ID, naming the field, before sending any request', async (field, ids) => {
		const trap = nock(US).intercept(() => true, 'POST').reply(200, {});

		await expect(runNode({ resource: 'warehouse', operation: 'connectSource', ...ids })).rejects.toThrow(
			`The field "${field}" is empty`,
		);

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
