import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, base, trait, US } from './fixtures';

describe('Computed Trait > Update', () => {
	const target = { ...base, operation: 'update', computedTraitId: 'ais1' };

	it('PATCHes the fields given, the definition whole', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa_1/computed-traits/ais1', {
				name: 'Renamed',
				description: 'New',
				enabled: false,
				definition: { type: 'ACCOUNTS', query: "event('E9').count()" },
			})
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...target,
			updateFields: {
				name: ' Renamed ',
				description: 'New',
				enabled: false,
				definitionType: 'ACCOUNTS',
				query: "event('E9').count()",
			},
		});

		expect(items).toEqual([trait(1)]);
	});

	it('sends only the one field given', async () => {
		apiWithBody(US, ALPHA)
			.patch('/spaces/spa_1/computed-traits/ais1', { enabled: true })
			.reply(200, { data: { computedTrait: trait(1) } });

		expect(await runJson({ ...target, updateFields: { enabled: true } })).toEqual([trait(1)]);
	});

	it.each([
		[{}, 'The field "Update Fields" is empty'],
		[{ query: 'q' }, 'The field "Definition Type" is missing from "Update Fields"'],
		[{ definitionType: 'USERS' }, 'The field "Query" is missing from "Update Fields"'],
		[{ definitionType: 'USERS', query: ' ' }, 'The field "Query" is empty'],
		[{ name: '' }, 'The field "Name" is empty'],
	])('refuses Update Fields %j before sending anything', async (updateFields, message) => {
		await expect(runJson({ ...target, updateFields })).rejects.toThrow(message);
	});
});
