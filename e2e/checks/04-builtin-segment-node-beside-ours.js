'use strict';
// Check 4: n8n's built-in Segment node and its segmentApi credential run beside ours; its HTTPS
// goes to a local proxy that refuses the tunnel, so nothing leaves the machine.

const assert = require('node:assert/strict');
const { node, manual, ours, fanOut, workflow, BUILTIN_CRED } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, taskOf, sameIds } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteBuiltin1';

function builtinWorkflow() {
	return workflow(
		WORKFLOW_ID,
		'e2e suite: built-in Segment node beside ours',
		[
			manual(),
			ours('Ours: Get Many Sources', { resource: 'source', operation: 'getAll', returnAll: false, limit: 2 }),
			node(
				'Segment (built-in)',
				'n8n-nodes-base.segment',
				{ resource: 'track', operation: 'event', userId: 'e2e-user', event: 'e2e suite' },
				{
					credentials: { segmentApi: { ...BUILTIN_CRED } },
					onError: 'continueRegularOutput',
					retryOnFail: false,
				},
			),
		],
		fanOut('Manual Trigger', ['Ours: Get Many Sources', 'Segment (built-in)']),
	);
}

module.exports = {
	id: '4',
	title: "n8n's built-in Segment node and credential beside ours",
	lane: LANE,
	workflows: () => [builtinWorkflow()],
	async run(ctx) {
		const { uf, S1, proxy } = ctx;
		const state = S1.state;
		const proxyEnv = {
			HTTPS_PROXY: proxy.url,
			https_proxy: proxy.url,
			HTTP_PROXY: proxy.url,
			http_proxy: proxy.url,
			NO_PROXY: '127.0.0.1,localhost',
			no_proxy: '127.0.0.1,localhost',
		};
		const before = proxy.connects.length;
		const run = await execute(uf, LANE, WORKFLOW_ID, proxyEnv);
		expectSuccess(run, WORKFLOW_ID);
		const items = itemsOf(run.run, 'Ours: Get Many Sources');
		sameIds('our node', items.map((i) => i.id), [...state.sources.keys()].slice(0, 2));
		const task = taskOf(run.run, 'Segment (built-in)');
		const out = JSON.stringify(task.error || (task.data && task.data.main[0]) || {});
		assert.doesNotMatch(out, /Unrecognized node type|Unknown credential|credential.*not (found|exist)/i);
		const connects = proxy.connects.slice(before);
		assert.ok(connects.some((c) => /api\.segment\.io/.test(c)), `no CONNECT to api.segment.io (saw ${JSON.stringify(connects)})`);
		return `our node 2 items; built-in node ran with its segmentApi credential, its request to ${connects.join(', ')} refused by the local proxy`;
	},
};
