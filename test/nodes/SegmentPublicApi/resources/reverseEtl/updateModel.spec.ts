import { runJson, runNode, US } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, byId, model } from './fixtures';

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
			'Set at least one of "Description", "Enabled", "Name", "Query (SQL)", "Query Identifier Column" in "Update Fields"',
		);
	});
});
