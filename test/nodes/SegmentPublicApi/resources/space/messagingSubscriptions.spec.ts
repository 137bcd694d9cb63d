import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const US = 'https://api.segmentapis.com';

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const replaced = {
	successes: [
		{
			key: 'ada@example.com',
			type: 'EMAIL',
			status: 'SUBSCRIBED',
			groups: [{ id: 'grp1', name: 'Newsletter', status: 'UNSUBSCRIBED' }],
		},
	],
	failures: [],
};

const replace = {
	resource: 'space',
	operation: 'replaceMessagingSubscriptions',
	spaceId: byId('spa_1'),
};

const query = {
	resource: 'space',
	operation: 'queryMessagingSubscriptions',
	spaceId: byId('spa_1'),
};

describe('Space > Replace Messaging Subscriptions', () => {
	it('PUTs the subscriptions entered as fields, groups parsed from JSON', async () => {
		apiWithBody(US, ALPHA)
			.put('/spaces/spa_1/messaging-subscriptions', {
				subscriptions: [
					{
						key: 'ada@example.com',
						type: 'EMAIL',
						status: 'SUBSCRIBED',
						groups: [{ name: 'Newsletter', status: 'UNSUBSCRIBED' }],
					},
					{ key: '+14155550100', type: 'SMS', status: 'UNSUBSCRIBED' },
				],
			})
			.reply(200, { data: replaced });

		const items = await runJson({
			...replace,
			subscriptions: {
				subscription: [
					{
						type: 'EMAIL',
						key: ' ada@example.com ',
						status: 'SUBSCRIBED',
						groups: '[{"name": "Newsletter", "status": "UNSUBSCRIBED"}]',
					},
					{ type: 'SMS', key: '+14155550100', status: 'UNSUBSCRIBED', groups: '[]' },
				],
			},
		});

		expect(items).toEqual([replaced]);
	});

	it('PUTs the subscriptions of the JSON input, to an encoded space ID', async () => {
		const subscriptions = [{ key: 'ada@example.com', type: 'WHATSAPP' }];
		apiWithBody(US, ALPHA)
			.put('/spaces/spa%20x/messaging-subscriptions', { subscriptions })
			.reply(200, { data: { successes: subscriptions, failures: [] } });

		const items = await runJson({
			...replace,
			spaceId: byId('spa x'),
			subscriptionsInput: 'json',
			subscriptionsJson: JSON.stringify(subscriptions),
		});

		expect(items).toEqual([{ successes: subscriptions, failures: [] }]);
	});

	it.each([
		[{ subscriptions: {} }, 'The field "Subscriptions" is empty'],
		[
			{ subscriptions: { subscription: [{ type: 'EMAIL', key: ' ', status: 'SUBSCRIBED' }] } },
			'The field "Subscriptions" entry 1 has no key',
		],
		[
			{
				subscriptions: {
					subscription: [
						{ type: 'EMAIL', key: 'a@example.com', status: 'SUBSCRIBED', groups: '{"name": "x"}' },
					],
				},
			},
			'The field "Subscriptions" entry 1 has invalid groups: they are not a JSON array',
		],
		[
			{
				subscriptions: {
					subscription: [
						{
							type: 'EMAIL',
							key: 'a@example.com',
							status: 'SUBSCRIBED',
							groups: '[{"name": "News", "status": "YES"}]',
						},
					],
				},
			},
			'the status of "News" must be one of DID_NOT_SUBSCRIBE, SUBSCRIBED, UNSUBSCRIBED',
		],
		[
			{ subscriptionsInput: 'json', subscriptionsJson: '{"key": "a"}' },
			'The field "Subscriptions (JSON)" must be a JSON array',
		],
		[
			{ subscriptionsInput: 'json', subscriptionsJson: '[{"key": "a@example.com"' },
			'The field "Subscriptions (JSON)" is not valid JSON',
		],
		[
			{
				subscriptionsInput: 'json',
				subscriptionsJson: '[{"key": "a@example.com", "type": "FAX"}]',
			},
			'The field "Subscriptions (JSON)" entry 1 has an unknown channel: "FAX"',
		],
		[
			{
				subscriptionsInput: 'json',
				subscriptionsJson: '[{"key": "a@example.com", "type": "EMAIL", "status": "subscribed"}]',
			},
			'The field "Subscriptions (JSON)" entry 1 has an unknown status: "subscribed"',
		],
	])('refuses %j before sending anything', async (parameters, message) => {
		await expect(runJson({ ...replace, ...parameters })).rejects.toThrow(message);
	});
});

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
