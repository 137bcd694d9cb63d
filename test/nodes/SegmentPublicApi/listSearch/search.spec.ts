import { listSearch } from '../../../harness/node';
import { SEARCH_MAX_PAGES } from '../../../../nodes/SegmentPublicApi/shared/lists';
import { apiWithoutBody, destination, page, source, warehouse } from '../../../harness/segment';

describe('listSearch', () => {
	it('returns one page of sources with the cursor of the next one, unfiltered', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1), source(2, { name: '' })], 'Mg=='));

		expect(await listSearch('searchSources')).toEqual({
			results: [
				{ name: 'Source 1 (Javascript)', value: 'src1' },
				{ name: 'source_2 (Javascript)', value: 'src2' },
			],
			paginationToken: '0:Mg==',
		});
	});

	it('continues from the pagination token it gave', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(3)]));

		expect(await listSearch('searchSources', undefined, '0:Mg==')).toEqual({
			results: [{ name: 'Source 3 (Javascript)', value: 'src3' }],
			paginationToken: undefined,
		});
	});

	it('filters by name case-insensitively across pages until the workspace ends', async () => {
		const first = Array.from({ length: 5 }, (_, i) => destination(i, { name: i === 4 ? 'Prod Amplitude' : `Other ${i}` }));
		apiWithoutBody()
			.get('/destinations')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('destinations', first, 'Mg=='))
			.get('/destinations')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('destinations', [destination(9, { name: 'prod webhook' })]));

		expect(await listSearch('searchDestinations', 'PROD')).toEqual({
			results: [
				{ name: 'Prod Amplitude (Amplitude)', value: 'dst4' },
				{ name: 'prod webhook (Amplitude)', value: 'dst9' },
			],
			paginationToken: undefined,
		});
	});

	it('finds a record by its exact ID', async () => {
		apiWithoutBody()
			.get('/warehouses')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('warehouses', [warehouse(1), warehouse(2)]));

		expect(await listSearch('searchWarehouses', 'wh2')).toEqual({
			results: [{ name: 'Warehouse 2 (Postgres)', value: 'wh2' }],
			paginationToken: undefined,
		});
	});
});

describe('listSearch over lists Segment splits by type', () => {
	it('walks the function types in turn, carrying the type in the pagination token', async () => {
		const fn = (id: string, resourceType: string) => ({ id, displayName: id.toUpperCase(), resourceType });
		apiWithoutBody()
			.get('/functions')
			.query({ 'pagination[count]': '1000', resourceType: 'DESTINATION' })
			.reply(200, page('functions', [fn('f1', 'DESTINATION')]))
			.get('/functions')
			.query({ 'pagination[count]': '1000', resourceType: 'INSERT_DESTINATION' })
			.reply(200, page('functions', []))
			.get('/functions')
			.query({ 'pagination[count]': '1000', resourceType: 'INSERT_SOURCE' })
			.reply(200, page('functions', [fn('f2', 'INSERT_SOURCE')], 'Mg=='));

		const first = await listSearch('searchFunctions');
		expect(first).toEqual({ results: [{ name: 'F1 (DESTINATION)', value: 'f1' }], paginationToken: '1:' });
		const second = await listSearch('searchFunctions', undefined, first.paginationToken);
		expect(second).toEqual({ results: [{ name: 'F2 (INSERT_SOURCE)', value: 'f2' }], paginationToken: '2:Mg==' });
	});

	it('stops a filtered search when Segment returns a cursor it already gave', async () => {
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', [source(1)], 'Mg=='))
			.get('/sources')
			.query({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(2)], 'Mg=='));

		expect(await listSearch('searchSources', 'nothing matches')).toEqual({
			results: [],
			paginationToken: undefined,
		});
	});

	it(`reads at most ${SEARCH_MAX_PAGES} pages per call when few records match, and hands on the cursor`, async () => {
		let requests = 0;
		apiWithoutBody()
			.get('/sources')
			.query(true)
			.times(SEARCH_MAX_PAGES)
			.reply((uri) => {
				requests += 1;
				const cursor = Number(new URL(uri, 'https://x').searchParams.get('pagination[cursor]') ?? 0);
				return [200, page('sources', [source(cursor)], String(cursor + 1))];
			});

		const result = await listSearch('searchSources', 'Source 2');

		expect(requests).toBe(SEARCH_MAX_PAGES);
		expect(result).toEqual({
			results: [{ name: 'Source 2 (Javascript)', value: 'src2' }],
			paginationToken: `0:${SEARCH_MAX_PAGES}`,
		});
	});
});
