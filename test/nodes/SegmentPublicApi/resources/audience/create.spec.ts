import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { audience, space } from './fixtures';

describe('Audience > Create', () => {
	const base = {
		resource: 'audience',
		operation: 'create',
		spaceId: space,
		name: 'VIP buyers',
		audienceType: 'USERS',
		query: "event('Order Completed').count() >= 3",
	};

	it('POSTs the name, type and definition', async () => {
		const created = audience(1, { name: 'VIP buyers' });
		apiWithBody()
			.post('/spaces/spa1/audiences', {
				name: 'VIP buyers',
				audienceType: 'USERS',
				definition: { query: "event('Order Completed').count() >= 3" },
			})
			.reply(200, { data: { audience: created } });

		expect(await runJson(base)).toEqual([created]);
	});

	it('adds the Additional Fields, options nested as Segment expects', async () => {
		apiWithBody()
			.post('/spaces/spa1/audiences', {
				name: 'VIP buyers',
				audienceType: 'LINKED',
				definition: { query: "event('Order Completed').count() >= 3", targetEntity: 'accounts' },
				description: 'Three orders or more',
				enabled: false,
				options: {
					includeHistoricalData: true,
					filterByExternalIds: ['user_id', 'email'],
					backfillEventDataDays: 30,
				},
			})
			.reply(200, { data: { audience: audience(1) } });

		const items = await runJson({
			...base,
			audienceType: 'LINKED',
			additionalFields: {
				description: 'Three orders or more',
				enabled: false,
				targetEntity: ' accounts ',
				includeHistoricalData: true,
				filterByExternalIds: 'user_id, email',
				backfillEventDataDays: 30,
			},
		});

		expect(items).toEqual([audience(1)]);
	});

	it.each([
		[{ name: '  ' }, 'The field "Name" is empty'],
		[{ query: '' }, 'The field "Definition (Query)" is empty'],
		[
			{ additionalFields: { backfillEventDataDays: 30 } },
			'The field "Backfill Event Data (Days)" needs "Include Historical Data" on',
		],
		[
			{ additionalFields: { includeHistoricalData: true, backfillEventDataDays: 2.5 } },
			'The field "Backfill Event Data (Days)" must be a whole number of 1 or more',
		],
		[
			{ additionalFields: { filterByExternalIds: ' , ' } },
			'The field "Filter by External IDs" is empty',
		],
	])('refuses %j before sending', async (change, message) => {
		await expect(runJson({ ...base, ...change })).rejects.toThrow(message);
	});
});
