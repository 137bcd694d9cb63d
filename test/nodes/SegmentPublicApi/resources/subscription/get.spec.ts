import { runJson } from '../../../../harness/node';
import { apiWithoutBody } from '../../../../harness/segment';

const ALPHA = 'application/vnd.segment.v1alpha+json';
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

const subscription = {
	id: 'sub1',
	name: 'Order Completed to Amplitude',
	actionId: 'act1',
	actionSlug: 'logEvent',
	destinationId: 'dst1',
	enabled: true,
	trigger: 'type = "track"',
	settings: { event_type: { '@path': '$.event' } },
	modelId: '',
};

const simplified = {
	id: 'sub1',
	name: 'Order Completed to Amplitude',
	enabled: true,
	actionId: 'act1',
	actionSlug: 'logEvent',
	trigger: 'type = "track"',
	destinationId: 'dst1',
};

describe('Destination Subscription > Get', () => {
	it('GETs the subscription with the v1alpha media type and simplifies it by default', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions/sub1')
			.reply(200, { data: { subscription } });

		const items = await runJson({
			resource: 'destinationSubscription',
			operation: 'get',
			destinationId: byId('dst1'),
			subscriptionId: 'sub1',
		});

		expect(items).toEqual([simplified]);
	});

	it("returns Segment's subscription unchanged with Simplify off", async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst1/subscriptions/sub1')
			.reply(200, { data: { subscription } });

		const items = await runJson({
			resource: 'destinationSubscription',
			operation: 'get',
			destinationId: byId('dst1'),
			subscriptionId: 'sub1',
			simplify: false,
		});

		expect(items).toEqual([subscription]);
	});

	it('encodes both IDs into the path', async () => {
		apiWithoutBody(undefined, ALPHA)
			.get('/destinations/dst%201/subscriptions/sub%2F1')
			.reply(200, { data: { subscription } });

		const items = await runJson({
			resource: 'destinationSubscription',
			operation: 'get',
			destinationId: byId('dst 1'),
			subscriptionId: 'sub/1',
			simplify: false,
		});

		expect(items).toEqual([subscription]);
	});
});
