import { runJson, runNode } from '../../../../harness/node';
import { apiWithBody } from '../../../../harness/segment';
import { always, capture } from '../../../../differential/capture';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const created = {
	id: 'sub1',
	name: 'Order Completed to Amplitude',
	actionId: 'act1',
	actionSlug: 'logEvent',
	destinationId: 'dst1',
	enabled: true,
	trigger: 'type = "track" and event = "Order Completed"',
	settings: { event_type: { '@path': '$.event' } },
	modelId: '',
};

const base = {
	resource: 'destinationSubscription',
	operation: 'create',
	destinationId: byId('dst1'),
	name: 'Order Completed to Amplitude',
	actionId: 'act1',
	trigger: 'type = "track" and event = "Order Completed"',
};

describe('Destination Subscription > Create', () => {
	it('POSTs the subscription with the v1alpha media type and returns the created subscription', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/destinations/dst1/subscriptions', {
				name: 'Order Completed to Amplitude',
				actionId: 'act1',
				trigger: 'type = "track" and event = "Order Completed"',
				enabled: false,
				settings: { event_type: { '@path': '$.event' } },
			})
			.reply(200, { data: { destinationSubscription: created } });

		const items = await runJson({
			...base,
			enabled: false,
			settings: '{"event_type": {"@path": "$.event"}}',
		});

		expect(items).toEqual([created]);
	});

	it('sends enabled true and empty settings by default', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/destinations/dst1/subscriptions', {
				name: 'Order Completed to Amplitude',
				actionId: 'act1',
				trigger: 'type = "track" and event = "Order Completed"',
				enabled: true,
				settings: {},
			})
			.reply(200, { data: { destinationSubscription: created } });

		expect(await runJson(base)).toEqual([created]);
	});

	it('takes the destination ID out of a Segment app URL', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/destinations/fP7qoQw2HTWt9WdMr718gn/subscriptions', {
				name: 'Order Completed to Amplitude',
				actionId: 'act1',
				trigger: 'type = "track" and event = "Order Completed"',
				enabled: true,
				settings: {},
			})
			.reply(200, { data: { destinationSubscription: created } });

		const items = await runJson({
			...base,
			destinationId: {
				__rl: true,
				mode: 'url',
				value:
					'https://app.segment.com/acme/destinations/amplitude/sources/web/instances/fP7qoQw2HTWt9WdMr718gn/configuration',
			},
		});

		expect(items).toEqual([created]);
	});

	it.each([
		['invalid JSON', '{"event_type": ', /The field "Settings" is not valid JSON/],
		['a JSON array', '[1]', /The field "Settings" must be a JSON object/],
		['a censored secret', '{"apiKey": "••••••"}', /The field "Settings" holds a censored secret at "apiKey"/],
	])('refuses %s in Settings without sending a request', async (_, settings, message) => {
		const sent = await capture(
			() => expect(runNode({ ...base, settings })).rejects.toThrow(message),
			always({ data: {} }),
		);
		expect(sent).toEqual([]);
	});

	it('sends a censored value when Allow Censored Values is on', async () => {
		apiWithBody(undefined, ALPHA)
			.post('/destinations/dst1/subscriptions', {
				name: 'Order Completed to Amplitude',
				actionId: 'act1',
				trigger: 'type = "track" and event = "Order Completed"',
				enabled: true,
				settings: { apiKey: '••••••' },
			})
			.reply(200, { data: { destinationSubscription: created } });

		const items = await runJson({
			...base,
			settings: '{"apiKey": "••••••"}',
			options: { allowCensoredValues: true },
		});

		expect(items).toEqual([created]);
	});
});
