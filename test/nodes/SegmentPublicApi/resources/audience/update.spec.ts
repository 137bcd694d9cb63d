import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { audience, EMPTY_AUDIENCE_ID, space } from './fixtures';

describe('Audience > Update', () => {
	const base = { resource: 'audience', operation: 'update', spaceId: space, audienceId: 'aud1' };

	it('PATCHes only the fields given', async () => {
		const updated = audience(1, { name: 'Renamed', enabled: false });
		apiWithBody()
			.patch('/spaces/spa1/audiences/aud1', {
				definition: { query: "event('Order Completed').count() >= 5" },
				name: 'Renamed',
				description: '',
				enabled: false,
				options: { backfillEventDataDays: 14 },
			})
			.reply(200, { data: { audience: updated } });

		const items = await runJson({
			...base,
			updateFields: {
				query: "event('Order Completed').count() >= 5",
				name: 'Renamed',
				description: '',
				enabled: false,
				backfillEventDataDays: 14,
			},
		});

		expect(items).toEqual([updated]);
	});

	it('sends one option alone', async () => {
		apiWithBody()
			.patch('/spaces/spa1/audiences/aud1', { options: { filterByExternalIds: ['email'] } })
			.reply(200, { data: { audience: audience(1) } });

		expect(await runJson({ ...base, updateFields: { filterByExternalIds: 'email' } })).toEqual([
			audience(1),
		]);
	});

	it.each([
		[{ updateFields: {} }, 'Nothing to update'],
		[{ updateFields: { query: ' ' } }, 'The field "Definition (Query)" is empty'],
		[{ updateFields: { name: '' } }, 'The field "Name" is empty'],
		[{ audienceId: ' ', updateFields: { name: 'x' } }, EMPTY_AUDIENCE_ID],
	])('refuses %j before sending', async (change, message) => {
		await expect(runJson({ ...base, ...change })).rejects.toThrow(message);
	});
});
