import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, byId, US } from './fixtures';

const query = {
	resource: 'space',
	operation: 'queryMessagingSubscriptions',
	spaceId: byId('spa_1'),
};

describe('Space > Query Messaging Subscriptions', () => {
	const answer = {
		successes: [
			{
				key: 'ada@example.com',
				type: 'EMAIL',
				status: 'SUBSCRIBED',
				groups: [{ id: 'grp1', name: 'Newsletter', status: 'SUBSCRIBED' }],
				updatedAt: '2026-01-02T03:04:05.000Z',
			},
			{ key: '+14155550100', type: 'SMS' },
		],
		failures: [],
		errors: [],
	};

	it('POSTs the keys and channels to look up, without statuses', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa_1/messaging-subscriptions/batch', {
				subscriptions: [
					{ key: 'ada@example.com', type: 'EMAIL' },
					{ key: '+14155550100', type: 'SMS' },
				],
			})
			.reply(200, { data: answer });

		const items = await runJson({
			...query,
			lookups: {
				lookup: [
					{ type: 'EMAIL', key: 'ada@example.com' },
					{ type: 'SMS', key: '+14155550100' },
				],
			},
		});

		expect(items).toEqual([answer]);
	});

	it('sends only key and type of the JSON input', async () => {
		apiWithBody(US, ALPHA)
			.post('/spaces/spa_1/messaging-subscriptions/batch', {
				subscriptions: [{ key: 'ada@example.com', type: 'IOS_PUSH' }],
			})
			.reply(200, { data: answer });

		const items = await runJson({
			...query,
			subscriptionsInput: 'json',
			lookupsJson: [{ key: 'ada@example.com', type: 'IOS_PUSH', status: 'SUBSCRIBED' }],
		});

		expect(items).toEqual([answer]);
	});

	it('refuses an empty list before sending anything', async () => {
		await expect(runJson({ ...query, lookups: { lookup: [] } })).rejects.toThrow(
			'The field "Subscriptions to Look Up" is empty',
		);
	});

	it('refuses an empty space before sending anything', async () => {
		await expect(
			runJson({
				...query,
				spaceId: byId(''),
				lookups: { lookup: [{ type: 'EMAIL', key: 'a@b.co' }] },
			}),
		).rejects.toThrow('The field "Space" is empty');
	});
});
