'use strict';
// Check 5: our segmentPublicApi credential in n8n's HTTP Request node (4.2) as a predefined
// credential type: n8n allows it, and the request carries our Bearer header.

const assert = require('node:assert/strict');
const { manual, fanOut, workflow, httpRequestNode, predefined, jsonResponse, SANDBOX_CRED } = require('../lib/workflows');
const { execute, itemsOf, taskOf, sameIds } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteHttpCred';

const HTTP_NODE = 'HTTP Request (segmentPublicApi credential)';
function httpCredWorkflow(sb) {
	return workflow(
		WORKFLOW_ID,
		'e2e suite: our credential in the HTTP Request node',
		[
			manual(),
			httpRequestNode(
				HTTP_NODE,
				{ method: 'GET', url: `${sb.url}/sources?pagination[count]=10`, ...predefined(), options: { ...jsonResponse } },
				{ credentials: { segmentPublicApi: { ...SANDBOX_CRED } } },
			),
		],
		fanOut('Manual Trigger', [HTTP_NODE]),
	);
}

module.exports = {
	id: '5',
	title: 'our credential in the HTTP Request node (predefined credential type)',
	lane: LANE,
	workflows: (ctx) => [httpCredWorkflow(ctx.S1)],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const mark = S1.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		const reqs = S1.since(mark);
		if (run.status !== 'success') {
			const task = taskOf(run.run, HTTP_NODE);
			const msg = (task.error && task.error.message) || (run.run.data.resultData.error || {}).message;
			ctx.httpCredRefused = msg;
			throw new Error(`n8n refused: ${msg} (requests to the sandbox: ${reqs.length})`);
		}
		const items = itemsOf(run.run, HTTP_NODE);
		assert.equal(items.length, 1, 'one item: the response body');
		const body = items[0];
		assert.ok(body.data && Array.isArray(body.data.sources), `body parsed as JSON: ${JSON.stringify(body).slice(0, 120)}`);
		sameIds('ids', body.data.sources.map((s) => s.id), [...state.sources.keys()].slice(0, 10));
		assert.equal(reqs.length, 1, `requests: ${reqs.map((x) => `${x.path} ${x.status}`)}`);
		assert.equal(reqs[0].status, 200);
		assert.equal(reqs[0].query.get('pagination[count]'), '10');
		assert.ok(!`${run.stdout}${run.stderr}`.includes(S1.token), 'token in the execute output');
		ctx.httpCredWorks = true;
		return `n8n allows it: 1 request with our Bearer header -> 200, ${body.data.sources.length} sources in one JSON item`;
	},
};
