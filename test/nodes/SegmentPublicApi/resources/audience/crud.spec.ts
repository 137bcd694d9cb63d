import { runJson } from '../../../../harness/node';
import { apiWithBody, apiWithoutBody, exactQuery } from '../../../../harness/segment';
import { audience, simplified, space, V1ALPHA } from './fixtures';

const EMPTY_AUDIENCE_ID = /The field "Audience" is empty/;

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

describe('Audience > Get', () => {
	const base = { resource: 'audience', operation: 'get', spaceId: space, audienceId: 'aud1' };

	it('GETs the audience with the v1alpha media type and simplifies it', async () => {
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences/aud1')
			.query(exactQuery({}))
			.reply(200, { data: { audience: audience(1) } });

		expect(await runJson(base)).toEqual([simplified(1)]);
	});

	it('asks for the schedules and returns the raw audience with Simplify off', async () => {
		const withSchedules = audience(1, { schedules: [] });
		apiWithoutBody(undefined, V1ALPHA)
			.get('/spaces/spa1/audiences/aud%2F1%20x')
			.query(exactQuery({ include: 'schedules' }))
			.reply(200, { data: { audience: withSchedules } });

		const items = await runJson({
			...base,
			audienceId: ' aud/1 x ',
			includeSchedules: true,
			simplify: false,
		});

		expect(items).toEqual([withSchedules]);
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...base, audienceId: '' })).rejects.toThrow(EMPTY_AUDIENCE_ID);
	});
});

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

describe('Audience > Delete', () => {
	const base = { resource: 'audience', operation: 'delete', spaceId: space, audienceId: 'aud1' };

	it('DELETEs the audience and returns the status', async () => {
		apiWithoutBody()
			.delete('/spaces/spa1/audiences/aud%2F1')
			.reply(200, { data: { status: 'SUCCESS' } });

		expect(await runJson({ ...base, audienceId: 'aud/1' })).toEqual([{ status: 'SUCCESS' }]);
	});

	it('refuses an empty audience ID before sending', async () => {
		await expect(runJson({ ...base, audienceId: '' })).rejects.toThrow(EMPTY_AUDIENCE_ID);
	});
});
