/**
 * Differential tests, Tracking Plan and source schema settings: our node against TrackingPlansApi
 * and SourcesApi of Segment's official SDK, compared on method, path, decoded query, body and
 * Authorization header.
 */
import { always, byId, expectSameRequests, onePage, sdk, viaNode, viaSdk } from './capture';
import { clients, expectMediaTypes, V1 } from './clients';

const plan = { id: 'tp1', name: 'Web', type: 'LIVE' };
const ok = always({ data: { status: 'SUCCESS' } });
const PLAN_ID = 'tp 1/a';

describe('Differential > Tracking Plan', () => {
	it('create sends what createTrackingPlan sends', async () => {
		const respond = always({ data: { trackingPlan: plan } });
		const node = await viaNode(
			{
				resource: 'trackingPlan',
				operation: 'create',
				name: 'Web',
				type: 'LIVE',
				additionalFields: { description: 'Site' },
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				clients
					.trackingPlans()
					.createTrackingPlan({ name: 'Web', type: 'LIVE', description: 'Site' } as never),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
		expectMediaTypes(node.requests[0], official[0], V1, true);
	});

	it.each([
		['get', 'getTrackingPlan'],
		['delete', 'deleteTrackingPlan'],
	] as const)('%s sends what %s sends', async (operation, method) => {
		const respond = always({ data: { trackingPlan: plan } });
		const node = await viaNode(
			{ resource: 'trackingPlan', operation, trackingPlanId: byId(PLAN_ID) },
			respond,
		);
		const official = await viaSdk(() => clients.trackingPlans()[method](PLAN_ID), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('getAll sends the type filter as listTrackingPlans does', async () => {
		const respond = onePage('trackingPlans', [plan]);
		const node = await viaNode(
			{ resource: 'trackingPlan', operation: 'getAll', limit: 3, filters: { type: 'TEMPLATE' } },
			respond,
		);
		const official = await viaSdk(
			() => clients.trackingPlans().listTrackingPlans({ count: 3 }, 'TEMPLATE'),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('update sends what updateTrackingPlan sends', async () => {
		const respond = always({ data: { trackingPlan: plan } });
		const node = await viaNode(
			{
				resource: 'trackingPlan',
				operation: 'update',
				trackingPlanId: byId(PLAN_ID),
				updateFields: { name: 'New', description: 'D' },
			},
			respond,
		);
		const official = await viaSdk(
			() => clients.trackingPlans().updateTrackingPlan(PLAN_ID, { name: 'New', description: 'D' }),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('getRules and getSources send what listRulesFromTrackingPlan and listSourcesFromTrackingPlan send', async () => {
		for (const [operation, root, call] of [
			[
				'getRules',
				'rules',
				() => clients.trackingPlans().listRulesFromTrackingPlan(PLAN_ID, { count: 4 }),
			],
			[
				'getSources',
				'sources',
				() => clients.trackingPlans().listSourcesFromTrackingPlan(PLAN_ID, { count: 4 }),
			],
		] as const) {
			const respond = onePage(root, [{ id: 'x' }]);
			const node = await viaNode(
				{ resource: 'trackingPlan', operation, trackingPlanId: byId(PLAN_ID), limit: 4 },
				respond,
			);
			expectSameRequests(node.requests, await viaSdk(call, respond), 1);
		}
	});

	const rules = [
		{ type: 'TRACK' as const, key: 'Order Completed', version: 2, jsonSchema: { type: 'object' } },
		{ type: 'IDENTIFY' as const, key: 'traits', version: 1, jsonSchema: null },
	];

	it('replaceRules and updateRules send what replaceRulesInTrackingPlan and updateRulesInTrackingPlan send', async () => {
		for (const [operation, call] of [
			[
				'replaceRules',
				() => clients.trackingPlans().replaceRulesInTrackingPlan(PLAN_ID, { rules } as never),
			],
			[
				'updateRules',
				() => clients.trackingPlans().updateRulesInTrackingPlan(PLAN_ID, { rules } as never),
			],
		] as const) {
			const node = await viaNode(
				{
					resource: 'trackingPlan',
					operation,
					trackingPlanId: byId(PLAN_ID),
					rules: JSON.stringify(rules),
				},
				ok,
			);
			const official = await viaSdk(call, ok);
			expectSameRequests(node.requests, official, 1);
			expectMediaTypes(node.requests[0], official[0], V1, true);
		}
	});

	it('removeRules puts the rules in the query as removeRulesFromTrackingPlan does', async () => {
		const identities = rules.map(({ type, key, version }) => ({ type, key, version }));
		const node = await viaNode(
			{
				resource: 'trackingPlan',
				operation: 'removeRules',
				trackingPlanId: byId(PLAN_ID),
				rules: JSON.stringify(rules),
			},
			ok,
		);
		const official = await viaSdk(
			() => clients.trackingPlans().removeRulesFromTrackingPlan(PLAN_ID, identities as never),
			ok,
		);
		expectSameRequests(node.requests, official, 1);
	});

	it('addSource and removeSource send what addSourceToTrackingPlan and removeSourceFromTrackingPlan send', async () => {
		for (const [operation, call] of [
			[
				'addSource',
				() => clients.trackingPlans().addSourceToTrackingPlan(PLAN_ID, { sourceId: 'src 1' }),
			],
			[
				'removeSource',
				() => clients.trackingPlans().removeSourceFromTrackingPlan(PLAN_ID, 'src 1'),
			],
		] as const) {
			const node = await viaNode(
				{
					resource: 'trackingPlan',
					operation,
					trackingPlanId: byId(PLAN_ID),
					sourceId: byId('src 1'),
				},
				ok,
			);
			expectSameRequests(node.requests, await viaSdk(call, ok), 1);
		}
	});
});

describe('Differential > Source schema settings', () => {
	const respond = always({ data: { sourceId: 'src1', settings: {} } });

	it('getSchemaSettings sends what listSchemaSettingsInSource sends', async () => {
		const node = await viaNode(
			{ resource: 'source', operation: 'getSchemaSettings', sourceId: byId('src 1') },
			respond,
		);
		const official = await viaSdk(() => sdk.sources().listSchemaSettingsInSource('src 1'), respond);
		expectSameRequests(node.requests, official, 1);
	});

	it('updateSchemaSettings sends what updateSchemaSettingsInSource sends', async () => {
		const node = await viaNode(
			{
				resource: 'source',
				operation: 'updateSchemaSettings',
				sourceId: byId('src 1'),
				updateFields: {
					track: '{"allowUnplannedEvents": false}',
					forwardingViolationsTo: 'src2',
				},
			},
			respond,
		);
		const official = await viaSdk(
			() =>
				sdk.sources().updateSchemaSettingsInSource('src 1', {
					track: { allowUnplannedEvents: false },
					forwardingViolationsTo: 'src2',
				} as never),
			respond,
		);
		expectSameRequests(node.requests, official, 1);
	});
});
