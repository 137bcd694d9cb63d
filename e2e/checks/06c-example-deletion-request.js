'use strict';
// Check 6c: examples/deletion-request.json, its Wait set to 1 s: one regulation for the three
// requests, its status polled until FINISHED, one confirmation per user.

const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { readExample } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'segDeletionReqEx'; // as in the example

/** The deletion-request example, checking the status every second instead of every hour. */
function deletionExample() {
	return e2e.exampleForTests(readExample('deletion-request.json'));
}

module.exports = {
	id: '6c',
	title: 'example deletion-request.json (regulation created, status polled until finished)',
	lane: LANE,
	workflows: () => [deletionExample()],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const before = new Set(state.regulations.keys());
		const mark = S1.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);
		const created = [...state.regulations.values()].filter((x) => !before.has(x.id));
		assert.equal(created.length, 1, 'one regulation for the three requests (Combine Input Items)');
		const regulation = created[0];
		assert.deepEqual(regulation.subjects, ['user-1001', 'user-1002', 'user-1003']);
		assert.equal(regulation.regulationType, 'SUPPRESS_WITH_DELETE');
		assert.equal(regulation.subjectType, 'USER_ID');
		const creates = S1.since(mark).filter((x) => x.method === 'POST' && x.path === '/regulations');
		assert.equal(creates.length, 1, 'one create request');
		const out = itemsOf(run.run, 'Create Regulation');
		assert.equal(out.length, 1);
		assert.equal(out[0].regulateId, regulation.id);
		assert.equal(typeof out[0].quota?.remaining, 'number', 'the quota left is in the output');
		const polls = run.run.data.resultData.runData['Get Regulation Status'] || [];
		assert.equal(polls.length, 2, 'polled twice: RUNNING, then FINISHED');
		const statuses = polls.map((task) => task.data.main[0][0].json.overallStatus);
		assert.deepEqual(statuses, ['RUNNING', 'FINISHED']);
		const messages = itemsOf(run.run, 'Confirmation Messages');
		assert.deepEqual(
			messages.map((m) => [m.to, m.userId, m.status, m.regulationId]),
			[
				['ada@example.com', 'user-1001', 'FINISHED', regulation.id],
				['grace@example.com', 'user-1002', 'FINISHED', regulation.id],
				['alan@example.com', 'user-1003', 'FINISHED', regulation.id],
			],
		);
		const suppressed = await S1.api('GET', '/suppressions?pagination[count]=100');
		const users = suppressed.suppressed.find((x) => x.subjectType === 'USER_ID');
		assert.ok(['user-1001', 'user-1002', 'user-1003'].every((id) => users.subjectIds.includes(id)), 'suppressed');
		return `regulation ${regulation.id} for 3 users, polled ${statuses.join(' -> ')}, quota left ${out[0].quota.remaining}, 3 confirmations`;
	},
};
