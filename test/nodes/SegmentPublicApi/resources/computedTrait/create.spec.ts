import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, base, byId, trait, US } from './fixtures';

describe('Computed Trait > Create', () => {
	it('POSTs the name and definition, with the additional fields and options', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa_1/computed-traits', {
				name: 'Trait 1',
				definition: { type: 'ACCOUNTS', query: "event('E1').count()" },
				description: 'Counts E1',
				enabled: false,
				options: {
					backfillDurationDays: 7,
					includeAnonymousUsers: true,
					includeHistoricalData: false,
				},
			})
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...base,
			operation: 'create',
			name: ' Trait 1 ',
			definitionType: 'ACCOUNTS',
			query: "event('E1').count()",
			additionalFields: {
				description: 'Counts E1',
				enabled: false,
				backfillDurationDays: 7,
				includeAnonymousUsers: true,
				includeHistoricalData: false,
			},
		});

		expect(items).toEqual([trait(1)]);
	});

	it('sends only the name and definition when nothing else is set', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa_1/computed-traits', {
				name: 'Trait 1',
				definition: { type: 'USERS', query: "event('E1').count()" },
			})
			.reply(200, { data: { computedTrait: trait(1) } });

		const items = await runJson({
			...base,
			operation: 'create',
			name: 'Trait 1',
			query: "event('E1').count()",
		});

		expect(items).toEqual([trait(1)]);
	});

	it.each([
		[{ name: '  ', query: 'q' }, 'The field "Name" is empty'],
		[{ name: 'n', query: '' }, 'The field "Query" is empty'],
		[{ name: 'n', query: 'q', spaceId: byId('') }, 'The field "Space" is empty'],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(runJson({ ...base, operation: 'create', ...parameters })).rejects.toThrow(message);
	});
});
