'use strict';
// Check 9: a redirect to another origin is not followed. The node fails naming the host, and the
// second listener never receives a request (nor the token).

const assert = require('node:assert/strict');
const { manual, ours, rl, fanOut, workflow, REDIRECT_CRED } = require('../lib/workflows');
const { execute, taskOf } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteRedirec1';

function redirectWorkflow() {
	return workflow(WORKFLOW_ID, 'e2e: redirect to another origin', [
		manual(),
		ours('Get Source', { resource: 'source', operation: 'get', sourceId: rl('src_redirected'), simplify: false }, REDIRECT_CRED),
	], fanOut('Manual Trigger', ['Get Source']));
}

module.exports = {
	id: '9',
	title: 'a redirect to another origin is not followed; the token stays home',
	lane: LANE,
	workflows: () => [redirectWorkflow()],
	credentials: (ctx) => [
		{
			...REDIRECT_CRED,
			type: 'segmentPublicApi',
			data: { apiToken: ctx.S1.token, workspaceSlug: 'acme-sandbox', region: 'custom', baseUrl: ctx.redirector.url },
		},
	],
	async run(ctx) {
		const { uf, S1, redirector } = ctx;
		const run = await execute(uf, LANE, WORKFLOW_ID);
		assert.equal(run.status, 'error', `run status ${run.status}`);
		const task = taskOf(run.run, 'Get Source');
		const targetHost = new URL(redirector.targetUrl).host;
		assert.ok(task.error && task.error.message.includes(targetHost), `error names ${targetHost}: ${task.error && task.error.message}`);
		assert.deepEqual(redirector.caught, [], 'the second listener received a request');
		const output = `${run.stdout}\n${run.stderr}`;
		assert.ok(!output.includes(S1.token), 'the token appears in the execute output');
		return `"${task.error.message}"; the second listener received nothing`;
	},
};
