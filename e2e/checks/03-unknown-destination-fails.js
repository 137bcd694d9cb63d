'use strict';
// Check 3: the error path. Destination Get with an unknown ID: the run fails with Segment's
// message (404) after one request, and the token is neither in the execute output nor in any file
// of the user folder.

const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const { manual, ours, rl, fanOut, workflow } = require('../lib/workflows');
const { execute, taskOf } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteError001';

const MISSING_DESTINATION_ID = 'e2eNoSuchDestination';
function errorWorkflow() {
	return workflow(
		WORKFLOW_ID,
		'e2e suite: error path',
		[manual(), ours('Get Missing Destination', { resource: 'destination', operation: 'get', destinationId: rl(MISSING_DESTINATION_ID) })],
		fanOut('Manual Trigger', ['Get Missing Destination']),
	);
}

/** Relative paths of the files under dir whose bytes contain needle. */
function filesContaining(dir, needle) {
	const hits = [];
	const buf = Buffer.from(needle);
	const walk = (d) => {
		for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, entry.name);
			if (entry.isSymbolicLink()) continue;
			if (entry.isDirectory()) {
				if (entry.name === 'node_modules') continue;
				walk(p);
			} else if (entry.isFile() && fs.readFileSync(p).includes(buf)) hits.push(path.relative(dir, p));
		}
	};
	walk(dir);
	return hits;
}

module.exports = {
	id: '3',
	title: 'error path: destination get with an unknown ID',
	lane: LANE,
	workflows: () => [errorWorkflow()],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const mark = S1.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		assert.equal(run.status, 'error', `run status ${run.status}`);
		assert.notEqual(run.code, 0, 'exit code of a failed run');
		const task = taskOf(run.run, 'Get Missing Destination');
		assert.ok(task.error, 'the node has an error');
		assert.equal(task.error.message, 'Destination not found', 'node error message');
		assert.equal(String(task.error.httpCode), '404', 'httpCode');
		const runError = run.run.data.resultData.error;
		assert.ok(runError && runError.message === 'Destination not found', `run error: ${runError && runError.message}`);
		const reqs = S1.since(mark);
		assert.deepEqual(
			reqs.map((x) => `${x.method} ${x.path} ${x.status}`),
			[`GET /destinations/${MISSING_DESTINATION_ID} 404`],
			'one request, no retry on 404',
		);
		const output = `${run.stdout}\n${run.stderr}`;
		assert.ok(!output.includes(S1.token), 'the sandbox token appears in the execute output');
		assert.ok(output.includes('Destination not found'), 'Segment message in the printed output');
		// beyond the brief: nor in any file of the user folder (database with the saved
		// execution, event logs)
		const leaks = filesContaining(uf.dir, S1.token);
		assert.deepEqual(leaks, [], 'token found in user folder files');
		return `status error, exit ${run.code}, "${task.error.message}" (404), token absent from stdout/stderr (${output.length} chars) and from the user folder`;
	},
};
