import { runJson } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { ALPHA, base, simplified, trait, US } from './fixtures';

describe('Computed Trait > Get Many', () => {
	it('asks for Limit traits and simplifies them', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/computed-traits')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('computedTraits', [trait(1), trait(2)], 'Mg=='));

		const items = await runJson({ ...base, operation: 'getAll', limit: 2 });

		expect(items).toEqual([simplified(1), simplified(2)]);
	});

	it('follows the cursor on Return All, raw with Simplify off', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/spaces/spa_1/computed-traits')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('computedTraits', [trait(1)], 'Mg=='))
			.get('/spaces/spa_1/computed-traits')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('computedTraits', [trait(2)], null, 'Mg=='));

		const items = await runJson({
			...base,
			operation: 'getAll',
			returnAll: true,
			simplify: false,
		});

		expect(items).toEqual([trait(1), trait(2)]);
	});
});
