import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { BETA, byId, filter, US } from './fixtures';

describe('Space Filter > Create', () => {
	it('POSTs the space as integrationId, with the name, condition and additional fields', async () => {
		apiWithBody(US, BETA)
			.post('/filters', {
				integrationId: 'spa_1',
				name: 'Filter 1',
				if: "event = 'E1'",
				description: 'Drops E1',
				drop: true,
				enabled: false,
			})
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({
			resource: 'spaceFilter',
			operation: 'create',
			spaceId: byId(' spa_1 '),
			name: ' Filter 1 ',
			if: "event = 'E1'",
			additionalFields: { description: 'Drops E1', drop: true, enabled: false },
		});

		expect(items).toEqual([filter(1)]);
	});

	it.each([
		[{ name: '', if: 'all' }, 'The field "Name" is empty'],
		[{ name: 'n', if: '  ' }, 'The field "Condition (FQL)" is empty'],
		[{ name: 'n', if: 'all', spaceId: byId('') }, 'The field "Space" is empty'],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(
			runJson({
				resource: 'spaceFilter',
				operation: 'create',
				spaceId: byId('spa_1'),
				...parameters,
			}),
		).rejects.toThrow(message);
	});
});
