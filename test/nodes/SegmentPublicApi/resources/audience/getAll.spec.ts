import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { audience, simplified, space, V1ALPHA } from './fixtures';

const base = { resource: 'audience', operation: 'getAll', spaceId: space };

describe('Audience > Get Many', () => {
	it('asks for Limit audiences with the v1alpha media type and simplifies them', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('audiences', [audience(1), audience(2)], 'Mg=='));

		const items = await runJson({ ...base, limit: 2 });

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor with pages of 200, the most Segment gives, on Return All', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences')
			.query(exactQuery({ 'pagination[count]': '200' }))
			.reply(200, page('audiences', [audience(1)], 'Mg=='))
			.get('/spaces/spa1/audiences')
			.query(exactQuery({ 'pagination[count]': '200', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('audiences', [audience(2)], 'Mw==', 'Mg=='))
			.get('/spaces/spa1/audiences')
			.query(exactQuery({ 'pagination[count]': '200', 'pagination[cursor]': 'Mw==' }))
			.reply(200, page('audiences', [audience(3)], null, 'Mw=='));

		const items = await runJson({ ...base, returnAll: true, simplify: false });

		expect(items).toEqual([audience(1), audience(2), audience(3)]);
	});

	it('splits a Limit above 200 into a page of 200 and one of the rest', async () => {
		const first = Array.from({ length: 200 }, (_, n) => audience(n + 1));
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences')
			.query(exactQuery({ 'pagination[count]': '200' }))
			.reply(200, page('audiences', first, 'MjAw'))
			.get('/spaces/spa1/audiences')
			.query(exactQuery({ 'pagination[count]': '50', 'pagination[cursor]': 'MjAw' }))
			.reply(200, page('audiences', [audience(201)], null, 'MjAw'));

		const items = await runJson({ ...base, limit: 250, simplify: false });

		expect(items).toHaveLength(201);
		expect(items[200]).toEqual(audience(201));
	});

	it('sends the search and include=schedules', async () => {
		const schedules = [{ id: 'sch1', strategy: 'PERIODIC', config: { interval: '1h' } }];
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences')
			.query(
				exactQuery({
					'pagination[count]': '50',
					'search[type]': 'KEY',
					'search[query]': 'churn risk',
					include: 'schedules',
				}),
			)
			.reply(200, page('audiences', [audience(1, { schedules })]));

		const items = await runJson({
			...base,
			filters: { searchIn: 'KEY', searchText: '  churn risk ' },
			includeSchedules: true,
		});

		expect(items).toEqual([simplified(1, { schedules })]);
	});

	it('searches by name when only the text is given', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences')
			.query(
				exactQuery({ 'pagination[count]': '50', 'search[type]': 'NAME', 'search[query]': 'vip' }),
			)
			.reply(200, page('audiences', []));

		expect(await runJson({ ...base, filters: { searchText: 'vip' } })).toEqual([]);
	});

	it('URL-encodes the space ID', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa%2F1%3F/audiences')
			.query(exactQuery({ 'pagination[count]': '50' }))
			.reply(200, page('audiences', [audience(1)]));

		const items = await runJson({ ...base, spaceId: { ...space, value: 'spa/1?' } });

		expect(items).toEqual([simplified(1)]);
	});

	it('refuses a search text over 255 characters before sending', async () => {
		await expect(runJson({ ...base, filters: { searchText: 'x'.repeat(256) } })).rejects.toThrow(
			'The field "Search Text" is longer than 255 characters',
		);
	});

	it('refuses an empty space before sending', async () => {
		await expect(runJson({ ...base, spaceId: { ...space, value: ' ' } })).rejects.toThrow(
			'The field "Space" is empty',
		);
	});

	it('refuses a Limit of 0 before sending', async () => {
		await expect(runJson({ ...base, limit: 0 })).rejects.toThrow(
			'The field "Limit" must be a whole number of 1 or more',
		);
	});
});
