import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody, page, source } from '../../../../harness/segment';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const simplified = (n: number) => ({
	id: `src${n}`,
	name: `Source ${n}`,
	slug: `source_${n}`,
	enabled: n % 3 !== 0,
	type: 'Javascript',
	typeId: 'IqDTy1TpoU',
	labels: ['env:prod'],
	workspaceId: 'ws1',
});

const connected = (parameters: IDataObject) =>
	runJson({ resource: 'warehouse', operation: 'getConnectedSources', ...parameters });

describe('Warehouse > Get Connected Sources', () => {
	it('asks for 50 sources by default and simplifies them', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('sources', [source(1), source(3)]));

		const items = await connected({ warehouseId: byId('wh1') });

		expect(items).toEqual([
			{ id: 'src1', name: 'Source 1', slug: 'source_1', enabled: true, type: 'Javascript', typeId: 'IqDTy1TpoU', labels: ['env:prod'], workspaceId: 'ws1' },
			{ id: 'src3', name: 'Source 3', slug: 'source_3', enabled: false, type: 'Javascript', typeId: 'IqDTy1TpoU', labels: ['env:prod'], workspaceId: 'ws1' },
		]);
	});

	it("returns Segment's sources unchanged with Simplify off", async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('sources', [source(1)]));

		const items = await connected({ warehouseId: byId('wh1'), simplify: false });

		expect(items).toEqual([source(1)]);
	});

	it('follows the cursor across pages with Return All', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='))
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3)], 'Mw==', 'Mg=='))
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mw==' })
			.reply(200, page('sources', [source(4)], null, 'Mw=='));

		const items = await connected({ warehouseId: byId('wh1'), returnAll: true });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3), simplified(4)]);
	});

	it('asks only for what is missing from the limit on each page', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='))
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '1', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3)], 'Mw==', 'Mg=='));

		const items = await connected({ warehouseId: byId('wh1'), limit: 3 });

		expect(items).toEqual([simplified(1), simplified(2), simplified(3)]);
	});

	it('returns no items when no source is connected', async () => {
		apiWithoutBody()
			.get('/warehouses/wh1/connected-sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', []));

		const items = await connected({ warehouseId: byId('wh1'), returnAll: true });

		expect(items).toEqual([]);
	});

	it('URL-encodes the warehouse ID into the path', async () => {
		apiWithoutBody()
			.get('/warehouses/a%20b%2Fc/connected-sources')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('sources', [source(2)]));

		const items = await connected({ warehouseId: byId('a b/c') });

		expect(items).toEqual([simplified(2)]);
	});

	it('takes the warehouse ID out of a Segment app URL', async () => {
		apiWithoutBody()
			.get('/warehouses/wh7/connected-sources')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('sources', [source(5)]));

		const items = await connected({
			warehouseId: { __rl: true, mode: 'url', value: 'https://app.segment.com/acme/warehouses/wh7/overview' },
		});

		expect(items).toEqual([simplified(5)]);
	});

	it('refuses an empty warehouse ID, naming the field, before sending any request', async () => {
		const trap = nock(US).intercept(() => true, 'GET').reply(200, {});

		await expect(
			runNode({ resource: 'warehouse', operation: 'getConnectedSources', warehouseId: byId('') }),
		).rejects.toThrow('The field "Warehouse" is empty');

		expect(trap.isDone()).toBe(false);
		nock.cleanAll();
	});
});
