import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { BETA, byId, filter, US } from './fixtures';

describe('Space Filter > Update', () => {
	const target = {
		resource: 'spaceFilter',
		operation: 'update',
		filterId: 'flt1',
		spaceId: byId('spa_1'),
	};

	it('PATCHes the fields given with the space as integrationId', async () => {
		apiWithBody(US, BETA)
			.patch('/filters/flt1', {
				integrationId: 'spa_1',
				if: "event = 'E2'",
				description: 'd',
				drop: false,
				enabled: true,
				name: 'Renamed',
			})
			.reply(200, { data: { filter: filter(1) } });

		const items = await runJson({
			...target,
			updateFields: {
				if: "event = 'E2'",
				description: 'd',
				drop: false,
				enabled: true,
				name: 'Renamed',
			},
		});

		expect(items).toEqual([filter(1)]);
	});

	it('sends only the space and the one field given', async () => {
		apiWithBody(US, BETA)
			.patch('/filters/flt1', { integrationId: 'spa_1', enabled: false })
			.reply(200, { data: { filter: filter(1) } });

		expect(await runJson({ ...target, updateFields: { enabled: false } })).toEqual([filter(1)]);
	});

	it.each([
		[{ updateFields: {} }, 'The field "Update Fields" is empty'],
		[{ updateFields: { name: ' ' } }, 'The field "Name" is empty'],
		[{ updateFields: { if: '' } }, 'The field "Condition (FQL)" is empty'],
		[{ updateFields: { enabled: true }, spaceId: byId('') }, 'The field "Space" is empty'],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(runJson({ ...target, ...parameters })).rejects.toThrow(message);
	});
});
