import type { IDataObject } from 'n8n-workflow';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, destination, page } from '../../../../harness/segment';

function simplified(record: IDataObject) {
	return {
		id: record.id,
		name: record.name,
		enabled: record.enabled,
		type: 'Amplitude',
		typeId: '54521fd725e721e32a72eeb3',
		sourceId: record.sourceId,
	};
}

const list = (parameters: IDataObject = {}) =>
	runJson({ resource: 'destination', operation: 'getAll', ...parameters });

describe('Destination > Get Many', () => {
	it('asks for 50 records by default and simplifies them', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('destinations', [destination(1), destination(2)]));

		const items = await list();

		expect(items).toEqual([
			{ id: 'dst1', name: 'Destination 1', enabled: false, type: 'Amplitude', typeId: '54521fd725e721e32a72eeb3', sourceId: 'src1' },
			{ id: 'dst2', name: 'Destination 2', enabled: true, type: 'Amplitude', typeId: '54521fd725e721e32a72eeb3', sourceId: 'src2' },
		]);
	});

	it("returns Segment's records unchanged with Simplify off", async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('destinations', [destination(1), destination(2)]));

		const items = await list({ simplify: false });

		expect(items).toEqual([destination(1), destination(2)]);
	});

	it('follows the cursor across three pages with Return All', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', [destination(1), destination(2)], 'Mg=='))
			.get('/destinations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinations', [destination(3)], 'Mw==', 'Mg=='))
			.get('/destinations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mw==' })
			.reply(200, page('destinations', [destination(4), destination(5)], null, 'Mw=='));

		const items = await list({ returnAll: true });

		expect(items).toEqual([1, 2, 3, 4, 5].map((n) => simplified(destination(n))));
	});

	it('asks only for what is missing from the limit on each page and stops at the limit', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('destinations', [destination(1), destination(2)], 'Mg=='))
			.get('/destinations')
			.query({ 'pagination[count]': '1', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinations', [destination(3)], 'Mw==', 'Mg=='));

		const items = await list({ limit: 3, simplify: false });

		expect(items).toEqual([destination(1), destination(2), destination(3)]);
	});

	it('never returns more than the limit, even when a page holds more', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('destinations', [destination(1), destination(2), destination(3)], 'Mw=='));

		const items = await list({ limit: 2, simplify: false });

		expect(items).toEqual([destination(1), destination(2)]);
	});

	it('returns no items for an empty workspace', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', []));

		const items = await list({ returnAll: true });

		expect(items).toEqual([]);
	});

	it('keeps only enabled destinations of the chosen sources, across pages', async () => {
		const keptA = destination(10, { enabled: true, sourceId: 'src1' });
		const keptB = destination(13, { enabled: true, sourceId: 'src1' });
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(
				200,
				page(
					'destinations',
					[destination(11, { enabled: false, sourceId: 'src1' }), keptA, destination(12, { enabled: true, sourceId: 'src2' })],
					'Mg==',
				),
			)
			.get('/destinations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinations', [keptB, destination(14, { enabled: true, sourceId: 'src3' })]));

		const items = await list({
			returnAll: true,
			filters: { status: 'enabled', sourceIds: ['src1'] },
			simplify: false,
		});

		expect(items).toEqual([keptA, keptB]);
	});

	it('keeps destinations of any of several sources', async () => {
		const records = [
			destination(1, { sourceId: 'src1' }),
			destination(2, { sourceId: 'src2' }),
			destination(3, { sourceId: 'src3' }),
		];
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', records));

		const items = await list({ returnAll: true, filters: { sourceIds: ['src3', 'src1'] } });

		expect(items).toEqual([simplified(records[0]), simplified(records[2])]);
	});

	it('keeps only disabled destinations with the Disabled Only status', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', [destination(1), destination(2), destination(3), destination(4)]));

		const items = await list({ returnAll: true, filters: { status: 'disabled' } });

		expect(items).toEqual([simplified(destination(1)), simplified(destination(3))]);
	});

	it('reads full pages when filtering and counts only kept records against the limit', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', [destination(1), destination(2), destination(3)], 'Mg=='))
			.get('/destinations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinations', [destination(5), destination(6), destination(8)], 'Mw==', 'Mg=='));

		const items = await list({ limit: 2, filters: { status: 'enabled' }, simplify: false });

		expect(items).toEqual([destination(2), destination(6)]);
	});

	it('applies no filter with status Any and no sources', async () => {
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('destinations', [destination(1), destination(2)], 'Mg=='));

		const items = await list({ limit: 2, filters: { status: 'any', sourceIds: [] }, simplify: false });

		expect(items).toEqual([destination(1), destination(2)]);
	});
});
