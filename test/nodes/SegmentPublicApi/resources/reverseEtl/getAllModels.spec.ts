import { runJson, US } from '../../../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../../../harness/segment';
import { ALPHA, model } from './fixtures';

describe('Reverse ETL > Get Many Models', () => {
	it('asks for Limit models', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/reverse-etl-models')
			.query(exactQuery({ 'pagination[count]': '2' }))
			.reply(200, page('models', [model(1), model(2)], 'Mg=='));

		const items = await runJson({ resource: 'reverseEtl', operation: 'getAllModels', limit: 2 });

		expect(items).toEqual([model(1), model(2)]);
	});

	it('follows the cursor with pages of 1000 on Return All', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/reverse-etl-models')
			.query(exactQuery({ 'pagination[count]': '1000' }))
			.reply(200, page('models', [model(1), model(2)], 'Mg=='))
			.get('/reverse-etl-models')
			.query(exactQuery({ 'pagination[count]': '1000', 'pagination[cursor]': 'Mg==' }))
			.reply(200, page('models', [model(3)], null, 'Mg=='));

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'getAllModels',
			returnAll: true,
		});

		expect(items).toEqual([model(1), model(2), model(3)]);
	});
});
