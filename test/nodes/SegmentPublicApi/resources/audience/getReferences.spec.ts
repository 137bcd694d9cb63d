import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { audience, simplified, space, V1ALPHA } from './fixtures';

describe('Audience > Get References', () => {
	const base = {
		resource: 'audience',
		operation: 'getReferences',
		spaceId: space,
		audienceId: 'aud1',
	};
	const path = '/spaces/spa1/audiences/aud1/audience-references';

	it('lists the consumers with the v1alpha media type (alpha only), simplified', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get(path)
			.query(exactQuery({ 'pagination[count]': '50' }))
			.reply(200, page('audiences', [audience(2)]));

		expect(await runJson(base)).toEqual([simplified(2)]);
	});

	it('follows the cursor in pages of 1000 on Return All, with search and sort', async () => {
		const query = {
			'search[type]': 'DEFINITION',
			'search[query]': 'aud',
			'sort[field]': 'UPDATED_AT',
			'sort[direction]': 'DESC',
		};
		apiWithoutBody(undefined, V1ALPHA)
			.get(path)
			.query(exactQuery({ ...query, 'pagination[count]': '1000' }))
			.reply(200, page('audiences', [audience(2)], 'Mg=='))
			.get(path)
			.query(exactQuery({ ...query, 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('audiences', [audience(3)], null, 'Mg=='));

		const items = await runJson({
			...base,
			returnAll: true,
			simplify: false,
			filters: { searchIn: 'DEFINITION', searchText: 'aud' },
			sort: { field: 'UPDATED_AT', direction: 'DESC' },
		});

		expect(items).toEqual([audience(2), audience(3)]);
	});

	it('sorts ascending when only the field is chosen', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get(path)
			.query(
				exactQuery({ 'pagination[count]': '1', 'sort[field]': 'NAME', 'sort[direction]': 'ASC' }),
			)
			.reply(200, page('audiences', [audience(2)]));

		expect(await runJson({ ...base, limit: 1, sort: { field: 'NAME' } })).toEqual([simplified(2)]);
	});
});
