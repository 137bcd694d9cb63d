/**
 * Differential tests, Destination Subscription resource (alpha endpoints): our node against the
 * subscription methods of DestinationsApi in Segment's official SDK, compared on method, path,
 * decoded query, body and Authorization header; media types are compared in expectMediaTypes.
 */
import { runNode } from '../harness/node';
import {
	always,
	byId,
	capture,
	expectSameRequests,
	onePage,
	twoPages,
	viaNode,
	viaSdk,
} from './capture';
import { clients, expectMediaTypes, V1ALPHA } from './clients';

const AWKWARD_ID = 'id with space/slash';
const CURSOR = 'Mg+/cursor==';

const subscription = {
	id: 'sub1',
	name: 'S',
	actionId: 'act1',
	actionSlug: 'logEvent',
	destinationId: 'dst1',
	enabled: true,
	trigger: 'type = "track"',
	settings: {},
};

describe('Differential > Destination Subscription', () => {
	it('create sends what DestinationsApi.createDestinationSubscription sends', async () => {
		const respond = always({ data: { destinationSubscription: subscription } });
		const node = await viaNode(
			{
				resource: 'destinationSubscription',
				operation: 'create',
				destinationId: byId(AWKWARD_ID),
				name: 'Order Completed',
				actionId: 'act1',
				trigger: 'type = "track" and event = "Order Completed"',
				enabled: false,
				settings: '{"event_type": {"@path": "$.event"}, "list": [1, 2], "flag": true}',
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.destinations().createDestinationSubscription(AWKWARD_ID, {
					name: 'Order Completed',
					actionId: 'act1',
					trigger: 'type = "track" and event = "Order Completed"',
					enabled: false,
					settings: { event_type: { '@path': '$.event' }, list: [1, 2], flag: true },
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('get sends what getSubscriptionFromDestination sends, encoding both IDs alike', async () => {
		const respond = always({ data: { subscription } });
		const node = await viaNode(
			{
				resource: 'destinationSubscription',
				operation: 'get',
				destinationId: byId(AWKWARD_ID),
				subscriptionId: 'sub 1/x',
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.destinations().getSubscriptionFromDestination(AWKWARD_ID, 'sub 1/x'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('getAll with a Limit sends what listSubscriptionsFromDestination({count}) sends', async () => {
		const respond = onePage('subscriptions', [subscription]);
		const node = await viaNode(
			{ resource: 'destinationSubscription', operation: 'getAll', destinationId: byId('dst1'), limit: 7 },
			respond,
		);
		const official = await viaSdk(
			() => clients.destinations().listSubscriptionsFromDestination('dst1', { count: 7 }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});

	it('getAll with Return All pages as listSubscriptionsFromDestination does with count 1000 and the cursor', async () => {
		const respond = twoPages('subscriptions', [subscription], [{ ...subscription, id: 'sub2' }], CURSOR);
		const node = await viaNode(
			{ resource: 'destinationSubscription', operation: 'getAll', destinationId: byId('dst1'), returnAll: true },
			respond,
		);
		const official = await viaSdk(async () => {
			const api = clients.destinations();
			await api.listSubscriptionsFromDestination('dst1', { count: 1000 });
			await api.listSubscriptionsFromDestination('dst1', { count: 1000, cursor: CURSOR });
		}, respond);
		expectSameRequests(node.requests, official, 2);
		// Intended: Return All asks the largest page the API accepts, 1000, on every page.
		expect(node.requests.map((request) => request.query['pagination[count]'])).toEqual(['1000', '1000']);
		expect(node.items).toHaveLength(2);
	});

	it('update sends { input } as updateSubscriptionForDestination does', async () => {
		const respond = always({ data: { subscription } });
		const node = await viaNode(
			{
				resource: 'destinationSubscription',
				operation: 'update',
				destinationId: byId(AWKWARD_ID),
				subscriptionId: 'sub1',
				updateFields: {
					name: 'Renamed',
					trigger: 'type = "identify"',
					enabled: false,
					settings: '{"user_id": {"@path": "$.userId"}}',
				},
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients.destinations().updateSubscriptionForDestination(AWKWARD_ID, 'sub1', {
					input: {
						name: 'Renamed',
						trigger: 'type = "identify"',
						enabled: false,
						settings: { user_id: { '@path': '$.userId' } },
					},
				}),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, true);
	});

	it('update of one field sends what updateSubscriptionForDestination sends', async () => {
		const respond = always({ data: { subscription } });
		const node = await viaNode(
			{
				resource: 'destinationSubscription',
				operation: 'update',
				destinationId: byId('dst1'),
				subscriptionId: 'sub1',
				updateFields: { enabled: true },
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.destinations().updateSubscriptionForDestination('dst1', 'sub1', { input: { enabled: true } }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('delete sends what removeSubscriptionFromDestination sends', async () => {
		const respond = always({ data: { status: 'SUCCESS' } });
		const node = await viaNode(
			{
				resource: 'destinationSubscription',
				operation: 'delete',
				destinationId: byId(AWKWARD_ID),
				subscriptionId: 'sub1',
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.destinations().removeSubscriptionFromDestination(AWKWARD_ID, 'sub1'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1ALPHA, false);
	});
});

describe('Differential > Destination Subscription: differences found (node left unchanged, reported)', () => {
	/*
	 * Create without settings. The node's Settings field defaults to "{}" and is always sent, so
	 * the body carries `settings: {}`; the SDK leaves the optional `settings` out when not given.
	 * Both create a subscription without field mappings. (The SDK also has an optional `modelId`,
	 * for Reverse ETL subscriptions, which the node offers no field for.)
	 */
	it('create without settings: node sends settings {}, the SDK omits the key', async () => {
		const respond = always({ data: { destinationSubscription: subscription } });
		const node = await viaNode(
			{
				resource: 'destinationSubscription',
				operation: 'create',
				destinationId: byId('dst1'),
				name: 'S',
				actionId: 'act1',
				trigger: 'type = "track"',
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.destinations()
					.createDestinationSubscription('dst1', { name: 'S', actionId: 'act1', trigger: 'type = "track"', enabled: true }),
			respond,
		);
		expect(node.requests[0].body).toStrictEqual({
			name: 'S',
			actionId: 'act1',
			trigger: 'type = "track"',
			enabled: true,
			settings: {},
		});
		expect(official[0].body).toStrictEqual({ name: 'S', actionId: 'act1', trigger: 'type = "track"', enabled: true });
		const withSettings = await viaSdk(
			() =>
				clients.destinations().createDestinationSubscription('dst1', {
					name: 'S',
					actionId: 'act1',
					trigger: 'type = "track"',
					enabled: true,
					settings: {},
				}),
			respond,
		);
		expectSameRequests(node.requests, withSettings, 1);
	});

	/*
	 * Update without any field. The SDK requires `input` and sends `{"input":{}}`, which changes
	 * nothing; Segment's API description requires a body. Our node refuses such an update before
	 * sending anything (descriptions.ts `refusingEmptyUpdate`), naming the fields to set.
	 */
	it('update without fields: node refuses before sending, the SDK sends {"input":{}}', async () => {
		const respond = always({ data: { subscription } });
		const node = await capture(
			() =>
				expect(
					runNode({
						resource: 'destinationSubscription',
						operation: 'update',
						destinationId: byId('dst1'),
						subscriptionId: 'sub1',
						updateFields: {},
					}),
				).rejects.toMatchObject({
					message: 'Set at least one of "Enabled", "Name", "Settings", "Trigger (FQL)" in "Update Fields"',
				}),
			respond,
		);
		const official = await viaSdk(
			() => clients.destinations().updateSubscriptionForDestination('dst1', 'sub1', { input: {} }),
			respond,
		);
		expect(node).toEqual([]);
		expect(official[0].body).toStrictEqual({ input: {} });
	});
});
