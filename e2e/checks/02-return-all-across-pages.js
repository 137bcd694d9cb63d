'use strict';
// Check 2: source Get Many with Return All over 2,500 sources: 2,500 items in exactly 3 list
// requests of 1,000.

const assert = require('node:assert/strict');
const { manual, ours, fanOut, workflow, PAGING_CRED } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, taskOf, sameIds, listRequests } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuitePaging01';

function pagingWorkflow() {
	return workflow(
		WORKFLOW_ID,
		'e2e suite: Return All across pages',
		[manual(), ours('List 2,500 Sources', { resource: 'source', operation: 'getAll', returnAll: true }, PAGING_CRED)],
		fanOut('Manual Trigger', ['List 2,500 Sources']),
	);
}

module.exports = {
	id: '2',
	title: 'Return All across pages (2,500 sources)',
	lane: LANE,
	workflows: () => [pagingWorkflow()],
	async run(ctx) {
		const { uf, S2 } = ctx;
		const mark = S2.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);
		const items = itemsOf(run.run, 'List 2,500 Sources');
		assert.equal(items.length, 2500, 'items');
		sameIds('ids', items.map((i) => i.id), [...S2.state.sources.keys()]);
		assert.equal(new Set(items.map((i) => i.id)).size, 2500, 'no duplicates');
		const lists = listRequests(S2.since(mark), '/sources');
		assert.equal(lists.length, 3, `list requests: ${lists.length}`);
		assert.deepEqual(lists.map((x) => x.query.get('pagination[count]')), ['1000', '1000', '1000']);
		assert.deepEqual(lists.map((x) => x.query.get('pagination[cursor]')), [null, lists[1].query.get('pagination[cursor]'), lists[2].query.get('pagination[cursor]')]);
		assert.ok(lists[1].query.get('pagination[cursor]') && lists[2].query.get('pagination[cursor]'), 'cursor sent on pages 2 and 3');
		assert.equal(S2.counters.requests, 3, `sandbox counted ${S2.counters.requests} requests in all`);
		return `2,500 items in ${lists.length} list requests (node ${taskOf(run.run, 'List 2,500 Sources').executionTime} ms)`;
	},
};
