import { runJson } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { ALPHA, byId, US } from './fixtures';

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
