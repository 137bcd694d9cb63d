import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';
import { ALPHA, byId, model } from './fixtures';

describe('Reverse ETL > Get Model', () => {
	it('gets the model by its URL-encoded ID', async () => {
		apiWithoutBody(US, ALPHA)
			.get('/reverse-etl-models/mdl%2F1%20x')
			.reply(200, { data: { reverseEtlModel: model(1) } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'getModel',
			reverseEtlModelId: byId('mdl/1 x'),
		});

		expect(items).toEqual([model(1)]);
	});

	it('refuses an empty Model without sending a request', async () => {
		await expect(
			runNode({ resource: 'reverseEtl', operation: 'getModel', reverseEtlModelId: byId('') }),
		).rejects.toThrow('The field "Model" is empty');
	});
});
