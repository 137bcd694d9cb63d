import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery, page } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

function model(n: number) {
	return {
		id: `mdl${n}`,
		sourceId: 'src1',
		name: `Model ${n}`,
		description: `Customers of segment ${n}`,
		enabled: n !== 2,
		query: `SELECT user_id, email FROM customers WHERE tier = ${n}`,
		queryIdentifierColumn: 'user_id',
	};
}

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

describe('Reverse ETL > Update Model', () => {
	const base = {
		resource: 'reverseEtl',
		operation: 'updateModel',
		reverseEtlModelId: byId('mdl1'),
	};

	it('sends only the fields to change', async () => {
		apiWithBody(US, ALPHA)
			.patch('/reverse-etl-models/mdl1', {
				enabled: false,
				query: 'SELECT user_id FROM customers',
			})
			.reply(200, {
				data: {
					reverseEtlModel: { ...model(1), enabled: false, query: 'SELECT user_id FROM customers' },
				},
			});

		const items = await runJson({
			...base,
			updateFields: { enabled: false, query: 'SELECT user_id FROM customers' },
		});

		expect(items).toEqual([
			{ ...model(1), enabled: false, query: 'SELECT user_id FROM customers' },
		]);
	});

	it('sends every field it offers', async () => {
		const changes = {
			description: 'Renamed',
			enabled: true,
			name: 'Model one',
			query: 'SELECT id FROM users',
			queryIdentifierColumn: 'id',
		};
		apiWithBody(US, ALPHA)
			.patch('/reverse-etl-models/mdl1', changes)
			.reply(200, { data: { reverseEtlModel: { ...model(1), ...changes } } });

		expect(await runJson({ ...base, updateFields: changes })).toEqual([
			{ ...model(1), ...changes },
		]);
	});

	it('refuses an update without fields before sending', async () => {
		await expect(runNode({ ...base, updateFields: {} })).rejects.toThrow(
			'The field "Update Fields" is empty',
		);
	});
});

describe('Reverse ETL > Delete Model', () => {
	it("deletes the model and returns Segment's status", async () => {
		apiWithoutBody(US, ALPHA)
			.delete('/reverse-etl-models/mdl1')
			.reply(200, { data: { status: 'SUCCESS' } });

		const items = await runJson({
			resource: 'reverseEtl',
			operation: 'deleteModel',
			reverseEtlModelId: byId('mdl1'),
		});

		expect(items).toEqual([{ status: 'SUCCESS' }]);
	});
});
