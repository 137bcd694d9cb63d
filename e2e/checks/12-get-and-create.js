'use strict';
// Check 12: Source > Get by ID and Source > Create with a body (slug, type, enabled, and
// disconnectAllWarehouses from the additional fields), each compared with the sandbox's state.

const assert = require('node:assert/strict');
const { manual, ours, rl, fanOut, workflow } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, taskOf } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteGetCrea1';
const SLUG = 'e2e_get_and_create';
const JAVASCRIPT = 'IqDTy1TpoU';

const firstSource = (state) => [...state.sources.values()][0];

function getAndCreateWorkflow(sourceId) {
	return workflow(
		WORKFLOW_ID,
		'e2e suite: get and create',
		[
			manual(),
			ours('Get Source', { resource: 'source', operation: 'get', sourceId: rl(sourceId) }),
			ours('Create Source', {
				resource: 'source',
				operation: 'create',
				metadataId: JAVASCRIPT,
				slug: SLUG,
				enabled: false,
				additionalFields: { disconnectAllWarehouses: true },
			}),
		],
		fanOut('Manual Trigger', ['Get Source', 'Create Source']),
	);
}

module.exports = {
	id: '12',
	title: 'Source Get by ID, Source Create with a body',
	lane: LANE,
	workflows: (ctx) => [getAndCreateWorkflow(firstSource(ctx.S1.state).id)],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const wanted = firstSource(S1.state);
		const before = new Set(S1.state.sources.keys());
		const mark = S1.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);

		const got = itemsOf(run.run, 'Get Source');
		assert.equal(got.length, 1, 'Get: one item');
		assert.equal(got[0].id, wanted.id);
		assert.equal(got[0].slug, wanted.slug);

		const created = itemsOf(run.run, 'Create Source');
		assert.equal(created.length, 1, 'Create: one item');
		const added = [...S1.state.sources.values()].filter((s) => !before.has(s.id));
		assert.equal(added.length, 1, 'one new source in the sandbox');
		const [source] = added;
		assert.equal(created[0].id, source.id);
		assert.deepEqual([source.slug, source.metadataId, source.enabled], [SLUG, JAVASCRIPT, false]);
		const connected = [...S1.state.connections].filter(([, set]) => set.has(source.id));
		assert.equal(connected.length, 0, 'disconnectAllWarehouses reached the API: no warehouse connected');

		const sent = S1.since(mark).map((r) => `${r.method} ${r.path} -> ${r.status}`);
		assert.deepEqual(sent.sort(), [`GET /sources/${wanted.id} -> 200`, 'POST /sources -> 201'].sort());
		return `got ${wanted.id}; created ${source.id} (${SLUG}, disabled, no warehouse) (nodes ${taskOf(run.run, 'Get Source').executionTime} + ${taskOf(run.run, 'Create Source').executionTime} ms)`;
	},
};
