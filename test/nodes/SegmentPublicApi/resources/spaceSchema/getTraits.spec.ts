import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, page } from '../../../../harness/segment';
import { ALPHA, schema, SPACE } from './fixtures';

const trait = (key: string) => ({ trait: key, type: 'CUSTOM', lastSeenAt: '2026-01-01T00:00:00Z' });

describe('Engage: Space Schema > Get Traits', () => {
	const getTraits = { ...schema, operation: 'getTraits' };

	it('asks for the user traits by default', async () => {
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/traits`)
			.query({ 'pagination[count]': '50', collection: 'users' })
			.reply(200, page('traits', [trait('email'), trait('plan')]));

		expect(await runJson(getTraits)).toEqual([trait('email'), trait('plan')]);
	});

	it('asks for account traits with search, sorting and samples, following the cursor on Return All', async () => {
		const query = {
			'pagination[count]': '200',
			collection: 'accounts',
			search: 'name',
			sortBy: 'lastSeenAt',
			sortDir: 'desc',
			includeSampleValues: 'true',
			samplesCount: '20',
		};
		apiWithoutBody(US, ALPHA)
			.get(`${SPACE}/traits`)
			.query(query)
			.reply(200, page('traits', [trait('company_name')], 'Mg=='))
			.get(`${SPACE}/traits`)
			.query({ ...query, 'pagination[cursor]': 'Mg==' })
			.reply(200, page('traits', [trait('legal_name')], null, 'Mg=='));

		const items = await runJson({
			...getTraits,
			collection: 'accounts',
			returnAll: true,
			listOptions: {
				search: 'name',
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
				includeSampleValues: true,
				samplesCount: 20,
			},
		});

		expect(items).toEqual([trait('company_name'), trait('legal_name')]);
	});
});
