import nock from 'nock';
import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const US = 'https://api.segmentapis.com';

const space = (n: number) => ({ id: `spa${n}`, slug: `space-${n}`, name: `Space ${n}` });

describe('Space > Get Many', () => {
	it('asks for Limit spaces with the v1alpha media type', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('spaces', [space(1), space(2)], 'Mg=='));

		const items = await runJson({ resource: 'space', operation: 'getAll', limit: 2 });

		expect(items).toEqual([space(1), space(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('spaces', [space(1)], 'Mg=='))
			.get('/spaces')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('spaces', [space(2)], null, 'Mg=='));

		const items = await runJson({ resource: 'space', operation: 'getAll', returnAll: true });

		expect(items).toEqual([space(1), space(2)]);
	});

	it('refuses a Limit of 0 before sending anything', async () => {
		await expect(runJson({ resource: 'space', operation: 'getAll', limit: 0 })).rejects.toThrow(
			'The field "Limit" must be a whole number of 1 or more',
		);
		expect(nock.pendingMocks()).toEqual([]);
	});
});
