import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, byId, model } from './fixtures';

describe('Reverse ETL > Create Model', () => {
	const base = {
		resource: 'reverseEtl',
		operation: 'createModel',
		sourceId: byId('src1'),
		name: 'Model 1',
		query: 'SELECT user_id, email FROM customers WHERE tier = 1',
		queryIdentifierColumn: 'user_id',
	};

	it('sends every field of the model, the description empty and enabled by default', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models', {
				sourceId: 'src1',
				name: 'Model 1',
				query: 'SELECT user_id, email FROM customers WHERE tier = 1',
				queryIdentifierColumn: 'user_id',
				description: '',
				enabled: true,
			})
			.reply(201, { data: { reverseEtlModel: model(1) } });

		expect(await runJson(base)).toEqual([model(1)]);
	});

	it('sends the description and a disabled model', async () => {
		apiWithBody(US, ALPHA)
			.post('/reverse-etl-models', {
				sourceId: 'src1',
				name: 'Model 1',
				query: 'SELECT user_id, email FROM customers WHERE tier = 1',
				queryIdentifierColumn: 'user_id',
				description: 'Customers of segment 1',
				enabled: false,
			})
			.reply(201, { data: { reverseEtlModel: { ...model(1), enabled: false } } });

		const items = await runJson({ ...base, description: 'Customers of segment 1', enabled: false });

		expect(items).toEqual([{ ...model(1), enabled: false }]);
	});

	it('refuses an empty Source without sending a request', async () => {
		await expect(runNode({ ...base, sourceId: byId(' ') })).rejects.toThrow(
			'The field "Source" is empty',
		);
	});
});
