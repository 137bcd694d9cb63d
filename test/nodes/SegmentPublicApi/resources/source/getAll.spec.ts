import { runJson } from '../../../../harness/node';
import { apiWithoutBody, page, source } from '../../../../harness/segment';

const simplified = (n: number, enabled: boolean) => ({
	id: `src${n}`,
	name: `Source ${n}`,
	slug: `source_${n}`,
	enabled,
	type: 'Javascript',
	typeId: 'IqDTy1TpoU',
	labels: ['env:prod'],
	workspaceId: 'ws1',
});

describe('Source > Get Many', () => {
	it('asks only for the records the limit needs and returns one simplified item per source', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '2' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='));

		const items = await runJson({ resource: 'source', operation: 'getAll', limit: 2 });

		expect(items).toEqual([simplified(1, true), simplified(2, true)]);
	});

	it('follows the cursor across pages with the largest page size on Return All', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3)], 'Mw==', 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mw==' })
			.reply(200, page('sources', [source(4)], null, 'Mw=='));

		const items = await runJson({ resource: 'source', operation: 'getAll', returnAll: true });

		expect(items.map((item) => item.id)).toEqual(['src1', 'src2', 'src3', 'src4']);
	});

	it('stops requesting once the limit is reached, asking each page only for what is missing', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '3' })
			.reply(200, page('sources', [source(1), source(2)], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3)], 'Mw==', 'Mg=='));

		const items = await runJson({ resource: 'source', operation: 'getAll', limit: 3 });

		expect(items.map((item) => item.id)).toEqual(['src1', 'src2', 'src3']);
	});

	it('returns no items for an empty workspace', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', []));

		expect(await runJson({ resource: 'source', operation: 'getAll', returnAll: true })).toEqual([]);
	});

	it('returns Segment objects unchanged with Simplify off', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '50' })
			.reply(200, page('sources', [source(1)]));

		const items = await runJson({ resource: 'source', operation: 'getAll', simplify: false });

		expect(items).toEqual([source(1)]);
	});

	it('keeps only disabled sources with the status filter, counting the limit after filtering', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2), source(3)], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(4), source(5), source(6)], 'Mw=='));

		const items = await runJson({
			resource: 'source',
			operation: 'getAll',
			limit: 2,
			filters: { status: 'disabled' },
		});

		expect(items).toEqual([simplified(3, false), simplified(6, false)]);
	});
});
