'use strict';
// Check 1: one operation of every resource, in one workflow (Manual Trigger fanning out to a
// node per resource); each node's items compared with the sandbox's state and request log.

const assert = require('node:assert/strict');
const { CATALOG } = require('../../sandbox/seed');
const { secs, softAsserts } = require('../lib/report');
const { manual, ours, rl, fanOut, workflow } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, sameIds, listRequests } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteAllRes01';

const ALL_RESOURCE_NODES = {
	sources: 'Source: Get Many',
	destination: 'Destination: Get',
	warehouses: 'Warehouse: Get Many',
	catalog: 'Catalog: Get Many (destination types)',
	subscriptions: 'Destination Subscription: Get Many',
	functions: 'Function: Get Many (SOURCE)',
	transformations: 'Transformation: Get Many',
	users: 'User: Get Many',
	invites: 'Invite: Get Many',
	volume: 'Event Volume: Get',
	apiRequest: 'API Request: GET /',
	auditEvents: 'Audit Event: Get Many (sources)',
	labels: 'Label: Get Many',
	trackingPlanRules: 'Tracking Plan: Get Rules',
	suppressions: 'Deletion and Suppression: Get Suppressions',
	spaces: 'Engage: Space: Get Many',
	audiences: 'Engage: Audience: Get Many',
	computedTraits: 'Engage: Computed Trait: Get Many',
	spaceFilters: 'Engage: Space Filter: Get Many (3 pages of 10)',
	activations: 'Engage: Audience Activation: Get Many Activations',
	spaceEvents: 'Engage: Space Schema: Get Events',
	profilesWarehouses: 'Engage: Profiles Sync: Get Many',
	reverseEtlModels: 'Reverse ETL: Get Many Models',
	credentials: 'Warehouse Credential: Get Many',
	mtu: 'Usage: Get Daily MTUs',
	echo: 'Workspace: Test Connection',
};
const SPACE_ID = 'spa_sandboxProduction01';

function allResourcesWorkflow(ids) {
	const N = ALL_RESOURCE_NODES;
	const nodes = [
		manual(),
		ours(N.sources, { resource: 'source', operation: 'getAll', returnAll: true }),
		ours(N.destination, { resource: 'destination', operation: 'get', destinationId: rl(ids.destinationId) }),
		ours(N.warehouses, { resource: 'warehouse', operation: 'getAll', returnAll: true }),
		ours(N.catalog, { resource: 'catalog', operation: 'getAll', catalogType: 'destination', returnAll: true }),
		ours(N.subscriptions, {
			resource: 'destinationSubscription',
			operation: 'getAll',
			destinationId: rl(ids.subscribedDestinationId),
			returnAll: true,
		}),
		ours(N.functions, { resource: 'function', operation: 'getAll', resourceType: 'SOURCE', returnAll: true }),
		ours(N.transformations, { resource: 'transformation', operation: 'getAll', returnAll: true }),
		ours(N.users, { resource: 'user', operation: 'getAll', returnAll: true }),
		ours(N.invites, { resource: 'invite', operation: 'getAll', returnAll: true }),
		// granularity / time range / groupBy: the node's defaults (HOUR, last day, by source)
		ours(N.volume, { resource: 'eventVolume', operation: 'get', returnAll: true }),
		ours(N.apiRequest, { resource: 'apiRequest', operation: 'send', method: 'GET', path: '/' }),
		ours(N.auditEvents, { resource: 'auditEvent', operation: 'getAll', returnAll: true, filters: { resourceType: 'source' } }),
		ours(N.labels, { resource: 'label', operation: 'getAll', returnAll: true }),
		ours(N.trackingPlanRules, {
			resource: 'trackingPlan',
			operation: 'getRules',
			trackingPlanId: rl(ids.trackingPlanId),
			returnAll: true,
		}),
		ours(N.suppressions, { resource: 'regulation', operation: 'getSuppressions', returnAll: true }),
		ours(N.spaces, { resource: 'space', operation: 'getAll', returnAll: true }),
		ours(N.audiences, { resource: 'audience', operation: 'getAll', spaceId: rl(SPACE_ID), returnAll: true }),
		ours(N.computedTraits, { resource: 'computedTrait', operation: 'getAll', spaceId: rl(SPACE_ID), returnAll: true }),
		ours(N.spaceFilters, { resource: 'spaceFilter', operation: 'getAll', spaceId: rl(SPACE_ID), returnAll: true }),
		ours(N.activations, {
			resource: 'activation',
			operation: 'getActivations',
			spaceId: rl(SPACE_ID),
			audienceId: 'aud_sandboxHighValue001',
			returnAll: true,
		}),
		ours(N.spaceEvents, { resource: 'spaceSchema', operation: 'getEvents', spaceId: rl(SPACE_ID), returnAll: true }),
		ours(N.profilesWarehouses, { resource: 'profilesWarehouse', operation: 'getAll', spaceId: rl(SPACE_ID), returnAll: true }),
		ours(N.reverseEtlModels, { resource: 'reverseEtl', operation: 'getAllModels', returnAll: true }),
		ours(N.credentials, { resource: 'warehouseCredential', operation: 'getAll', returnAll: true }),
		ours(N.mtu, { resource: 'usage', operation: 'getDailyMtus', returnAll: true }),
		ours(N.echo, { resource: 'workspace', operation: 'testConnection', message: 'hello from n8n' }),
	];
	return workflow(
		WORKFLOW_ID,
		'e2e suite: one operation of every resource',
		nodes,
		fanOut('Manual Trigger', Object.values(N)),
	);
}

/** The demo sandbox's records the workflow asks for by ID. */
function recordsOf(state) {
	const destinations = [...state.destinations.values()];
	const subscribed = destinations.find((d) => [...state.subscriptions.values()].some((s) => s.destinationId === d.id));
	const ids = {
		destinationId: destinations[0].id,
		subscribedDestinationId: subscribed.id,
		trackingPlanId: [...state.trackingPlans.keys()][0],
	};
	return { subscribed, ids };
}

module.exports = {
	id: '1',
	title: 'one operation of every resource',
	lane: LANE,
	workflows: (ctx) => [allResourcesWorkflow(recordsOf(ctx.S1.state).ids)],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const { subscribed, ids } = recordsOf(state);
		// one entry in the audit trail: a change of a source that leaves it as it was
		const audited = [...state.sources.values()][0];
		await S1.api('PATCH', `/sources/${audited.id}`, { enabled: audited.enabled });
		const workspaceLabels = (await S1.api('GET', '/labels')).labels;
		const suppressedBefore = await S1.api('GET', '/suppressions?pagination[count]=1000');
		const mark = S1.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);
		const N = ALL_RESOURCE_NODES;
		const soft = softAsserts(LANE);
		soft.ok(N.sources, () => {
			const items = itemsOf(run.run, N.sources);
			sameIds('ids', items.map((i) => i.id), [...state.sources.keys()]);
			sameIds('names', items.map((i) => i.name), [...state.sources.values()].map((s) => s.name));
			assert.ok(items.every((i) => typeof i.enabled === 'boolean' && typeof i.type === 'string'), 'simplified fields');
			return `${items.length} items = sandbox sources`;
		});
		soft.ok(N.destination, () => {
			const items = itemsOf(run.run, N.destination);
			const want = state.destinations.get(ids.destinationId);
			assert.equal(items.length, 1);
			assert.deepEqual(
				[items[0].id, items[0].name, items[0].enabled, items[0].sourceId],
				[want.id, want.name, want.enabled, want.sourceId],
			);
			return `${items[0].name} (${items[0].type})`;
		});
		soft.ok(N.warehouses, () => {
			const items = itemsOf(run.run, N.warehouses);
			sameIds('ids', items.map((i) => i.id), [...state.warehouses.keys()]);
			sameIds('names', items.map((i) => i.name), [...state.warehouses.values()].map((w) => w.settings.name));
			return `${items.length} items: ${items.map((i) => i.name).join(', ')}`;
		});
		soft.ok(N.catalog, () => {
			const items = itemsOf(run.run, N.catalog);
			sameIds('ids', items.map((i) => i.id), CATALOG.destinations.map((c) => c.id));
			return `${items.length} destination types`;
		});
		soft.ok(N.subscriptions, () => {
			const items = itemsOf(run.run, N.subscriptions);
			const want = [...state.subscriptions.values()].filter((s) => s.destinationId === ids.subscribedDestinationId);
			assert.ok(want.length > 0);
			sameIds('ids', items.map((i) => i.id), want.map((s) => s.id));
			assert.ok(items.every((i) => i.destinationId === ids.subscribedDestinationId));
			return `${items.length} subscriptions of "${subscribed.name}"`;
		});
		soft.ok(N.functions, () => {
			const items = itemsOf(run.run, N.functions);
			const want = [...state.functions.values()].filter((f) => f.resourceType === 'SOURCE');
			sameIds('ids', items.map((i) => i.id), want.map((f) => f.id));
			assert.ok(items.every((i) => i.resourceType === 'SOURCE'));
			const q = listRequests(S1.since(mark), '/functions');
			assert.ok(q.length && q.every((x) => x.query.get('resourceType') === 'SOURCE'), 'resourceType=SOURCE sent');
			return `${items.length}: ${items.map((i) => i.displayName).join(', ')}`;
		});
		soft.ok(N.transformations, () => {
			const items = itemsOf(run.run, N.transformations);
			sameIds('ids', items.map((i) => i.id), [...state.transformations.keys()]);
			return `${items.length}: ${items.map((i) => i.name).join(', ')}`;
		});
		soft.ok(N.users, () => {
			const items = itemsOf(run.run, N.users);
			sameIds('ids', items.map((i) => i.id), [...state.users.keys()]);
			sameIds('emails', items.map((i) => i.email), [...state.users.values()].map((u) => u.email));
			// GET /users lists id, name and email (permissions only come with GET /users/{id})
			return `${items.length} users`;
		});
		soft.ok(N.invites, () => {
			const items = itemsOf(run.run, N.invites);
			sameIds('emails', items.map((i) => i.email), [...state.invites.keys()]);
			return items.map((i) => i.email).join(', ');
		});
		soft.ok(N.volume, () => {
			const items = itemsOf(run.run, N.volume);
			const withVolume = [...state.volume.keys()].filter((id) => state.sources.has(id));
			sameIds('sourceIds', items.map((i) => i.sourceId).sort(), [...withVolume].sort());
			for (const i of items) {
				assert.ok(Number.isInteger(i.total) && i.total > 0, `total of ${i.sourceName}: ${i.total}`);
				assert.ok(Array.isArray(i.series) && i.series.length >= 24 && i.series.length <= 25, `buckets: ${i.series && i.series.length}`);
				assert.equal(i.series.reduce((s, b) => s + b.count, 0), i.total, 'series add up to total');
			}
			const q = listRequests(S1.since(mark), '/events/volume');
			assert.equal(q.length, 1);
			assert.equal(q[0].query.get('granularity'), 'HOUR');
			return `${items.length} series (one per source), ${items[0].series.length} hourly buckets`;
		});
		soft.ok(N.apiRequest, () => {
			const items = itemsOf(run.run, N.apiRequest);
			assert.equal(items.length, 1);
			assert.deepEqual(items[0].workspace, state.workspace);
			return `workspace "${items[0].workspace.name}"`;
		});
		soft.ok(N.auditEvents, () => {
			const items = itemsOf(run.run, N.auditEvents);
			assert.ok(items.length >= 1, 'at least the change made before the run');
			assert.ok(items.every((i) => i.resourceType === 'source'), 'only source events');
			assert.deepEqual([items[0].type, items[0].resourceId], ['Source Modified', audited.id]);
			const q = listRequests(S1.since(mark), '/audit-events');
			assert.ok(q.length && q.every((x) => x.query.get('resourceType') === 'source'), 'resourceType=source sent');
			return `${items.length} event(s), newest "${items[0].type}" of ${items[0].resourceName}`;
		});
		soft.ok(N.labels, () => {
			const items = itemsOf(run.run, N.labels);
			assert.deepEqual(items, workspaceLabels);
			const q = listRequests(S1.since(mark), '/labels');
			assert.ok(q.length === 1 && [...q[0].query.keys()].length === 0, 'one request, without pagination');
			return `${items.length} labels: ${items.map((i) => `${i.key}:${i.value}`).join(', ')}`;
		});
		soft.ok(N.trackingPlanRules, () => {
			const items = itemsOf(run.run, N.trackingPlanRules);
			const want = state.trackingPlans.get(ids.trackingPlanId).rules;
			assert.ok(want.length > 0);
			assert.deepEqual(items.map((r) => `${r.type} ${r.key} v${r.version}`), want.map((r) => `${r.type} ${r.key} v${r.version}`));
			return `${items.length} rules of "${state.trackingPlans.get(ids.trackingPlanId).name}"`;
		});
		soft.ok(N.suppressions, () => {
			const items = itemsOf(run.run, N.suppressions);
			assert.deepEqual(items, (suppressedBefore.suppressed));
			return `${items.length} subject type(s) suppressed`;
		});
		const inSpace = (map, field = 'spaceId') => [...map.values()].filter((r) => r[field] === SPACE_ID).map((r) => r.id);
		const sameRecords = (node, want) => {
			const items = itemsOf(run.run, node);
			sameIds('ids', items.map((i) => i.id), want);
			return items;
		};
		soft.ok(N.spaces, () => `${sameRecords(N.spaces, [...state.spaces.keys()]).length} spaces`);
		soft.ok(N.audiences, () => `${sameRecords(N.audiences, inSpace(state.audiences)).length} audiences`);
		soft.ok(N.computedTraits, () => `${sameRecords(N.computedTraits, inSpace(state.computedTraits)).length} computed traits`);
		soft.ok(N.spaceFilters, () => {
			const items = sameRecords(N.spaceFilters, inSpace(state.spaceFilters, 'integrationId'));
			assert.ok(items.length > 20, `${items.length} filters`);
			const q = listRequests(S1.since(mark), '/filters');
			assert.deepEqual(q.map((x) => x.query.get('pagination[cursor]')), [null, '10', '20']);
			return `${items.length} filters in ${q.length} requests (numeric offset cursor)`;
		});
		soft.ok(N.activations, () => {
			const want = [...state.activations.values()].filter((a) => a.audienceId === 'aud_sandboxHighValue001').map((a) => a.id);
			return `${sameRecords(N.activations, want).length} activation(s)`;
		});
		soft.ok(N.spaceEvents, () => {
			const items = itemsOf(run.run, N.spaceEvents);
			assert.ok(items.length > 0 && items.every((i) => typeof i.name === 'string'), JSON.stringify(items[0]));
			return `${items.length} events, e.g. "${items[0].name}"`;
		});
		soft.ok(N.profilesWarehouses, () => `${sameRecords(N.profilesWarehouses, inSpace(state.profilesWarehouses)).length} profiles warehouse(s)`);
		soft.ok(N.reverseEtlModels, () => `${sameRecords(N.reverseEtlModels, [...state.reverseEtlModels.keys()]).length} models`);
		soft.ok(N.credentials, () => {
			const items = sameRecords(N.credentials, [...state.credentials.keys()]);
			for (const credential of state.credentials.values()) {
				assert.ok(!JSON.stringify(items).includes(credential.settings.password), 'a warehouse password in the output');
			}
			return `${items.length} credentials, passwords censored`;
		});
		soft.ok(N.mtu, () => {
			const items = itemsOf(run.run, N.mtu);
			assert.ok(items.length > 0, 'daily MTU rows');
			return `${items.length} day(s) of MTUs`;
		});
		soft.ok(N.echo, () => {
			const items = itemsOf(run.run, N.echo);
			assert.equal(items.length, 1);
			assert.ok(JSON.stringify(items[0]).includes('hello from n8n'), JSON.stringify(items[0]));
			assert.ok(!JSON.stringify(items[0]).includes(S1.token), 'the token echoed back');
			return 'echoed';
		});
		soft.ok('sandbox saw only successful, authenticated requests', () => {
			const reqs = S1.since(mark);
			const bad = reqs.filter((x) => x.status >= 400 || x.internal);
			assert.deepEqual(bad.map((x) => `${x.method} ${x.path} ${x.status || x.internal}`), []);
			return `${reqs.length} requests, all 2xx`;
		});
		soft.done();
		return `${Object.keys(N).length} resources, ${secs(run.ms)} execute`;
	},
};
