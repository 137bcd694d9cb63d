'use strict';
// Check 8 (E2E_BENCH=1): per-item time of 1,000 GETs through our node vs the HTTP Request node,
// in pairs run one after the other in one execution (the ratio is the median over the pairs), and
// the requests each needs to list 10,000 sources. Figures printed, not asserted.

const assert = require('node:assert/strict');
const { log } = require('../lib/report');
const { node, manual, ours, rl, fanOut, workflow, httpRequestNode, predefined, jsonResponse, BENCH_CRED } = require('../lib/workflows');
const { execute, itemsOf, taskOf, summarizeRun, listRequests } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'e2eSuiteBench001';

const BENCH_NODES = {
	ids: 'Make 1,000 IDs',
	ours: (pair) => `Ours: Get Source x1000 #${pair}`,
	http: (pair) => `HTTP Request: GET /sources/{id} x1000 #${pair}`,
	paginate: 'HTTP Request: paginate 10,000 sources',
	oursList: 'Ours: Get Many 10,000 sources (Return All)',
};
const pairNumbers = (pairCount) => Array.from({ length: pairCount }, (_, i) => i + 1);
function benchWorkflow(sb, ids, pairCount) {
	const N = BENCH_NODES;
	const cred = { credentials: { segmentPublicApi: { ...BENCH_CRED } } };
	const nodes = [
		manual(),
		{
			...node(N.ids, 'n8n-nodes-base.code', {
				jsCode: `return ${JSON.stringify(ids)}.map((id) => ({ json: { id } }));`,
			}),
			typeVersion: 2,
		},
		// created in this order, the pairs also run in this order (v1 execution order follows position)
		...pairNumbers(pairCount).flatMap((pair) => [
			ours(N.ours(pair), { resource: 'source', operation: 'get', sourceId: rl('={{ $json.id }}') }, BENCH_CRED),
			httpRequestNode(
				N.http(pair),
				// `client=httpRequest` (ignored by the sandbox) tells its requests from our node's
				{ method: 'GET', url: `={{ '${sb.url}/sources/' + $json.id + '?client=httpRequest' }}`, ...predefined(), options: { ...jsonResponse } },
				cred,
			),
		]),
		httpRequestNode(
			N.paginate,
			{
				method: 'GET',
				url: `${sb.url}/sources`,
				...predefined(),
				sendQuery: true,
				queryParameters: {
					parameters: [
						{ name: 'pagination[count]', value: '1000' },
						{ name: 'client', value: 'httpRequest' },
					],
				},
				options: {
					...jsonResponse,
					pagination: {
						pagination: {
							paginationMode: 'updateAParameterInEachRequest',
							parameters: {
								parameters: [
									{ type: 'qs', name: 'pagination[cursor]', value: '={{ $response.body.data.pagination.next }}' },
								],
							},
							paginationCompleteWhen: 'other',
							completeExpression: '={{ !$response.body.data.pagination.next }}',
							limitPagesFetched: true,
							maxRequests: 50,
						},
					},
				},
			},
			cred,
		),
	];
	nodes.push(ours(N.oursList, { resource: 'source', operation: 'getAll', returnAll: true }, BENCH_CRED));
	const connections = fanOut('Manual Trigger', [N.ids, N.paginate, N.oursList]);
	fanOut(N.ids, pairNumbers(pairCount).flatMap((pair) => [N.ours(pair), N.http(pair)]), connections);
	return workflow(WORKFLOW_ID, 'e2e suite: bench', nodes, connections);
}

/** 1,000 sources spread over the 10,000. */
const benchIds = (sb) => [...sb.state.sources.keys()].filter((_, i) => i % 10 === 0).slice(0, 1000);

module.exports = {
	id: '8',
	title: 'bench (figures printed, not asserted)',
	lane: LANE,
	workflows: (ctx) => [benchWorkflow(ctx.S4, benchIds(ctx.S4), ctx.benchPairs)],
	credentials: (ctx) => [ctx.S4.credential(BENCH_CRED)],
	async run(ctx) {
		const { uf, S4 } = ctx;
		const pairCount = ctx.benchPairs;
		const mark = S4.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		if (run.status !== 'success') log(LANE, summarizeRun(run.run));
		const reqs = S4.since(mark);
		const N = BENCH_NODES;
		// whose request: the HTTP Request nodes add client=httpRequest to the query
		const byHttp = (x) => x.query.get('client') === 'httpRequest';
		const lines = [];
		const pairs = pairNumbers(pairCount).map((pair) => {
			const oursTask = taskOf(run.run, N.ours(pair));
			const httpTask = taskOf(run.run, N.http(pair));
			assert.equal(itemsOf(run.run, N.ours(pair)).length, 1000, `our node items, pair ${pair}`);
			assert.equal(itemsOf(run.run, N.http(pair)).length, 1000, `HTTP Request items, pair ${pair}`);
			return { pair, oursTask, httpTask, perOurs: oursTask.executionTime / 1000, perHttp: httpTask.executionTime / 1000 };
		});
		const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const spreadOf = (values, digits) =>
			`median ${median(values).toFixed(digits)} (min ${Math.min(...values).toFixed(digits)}, max ${Math.max(...values).toFixed(digits)})`;
		const ratios = pairs.map((p) => p.perOurs / p.perHttp);
		const perOurs = median(pairs.map((p) => p.perOurs));
		const perHttp = median(pairs.map((p) => p.perHttp));
		const ratio = median(ratios);
		const gets = reqs.filter((x) => x.method === 'GET' && /^\/sources\/[^/]+$/.test(x.path));
		lines.push(`${pairCount} pairs of 1,000 GET /sources/{id} in one execution (${gets.length} requests seen, ${gets.filter((x) => x.status !== 200).length} non-200):`);
		for (const p of pairs) {
			lines.push(`  pair ${p.pair}: our node ${p.oursTask.executionTime} ms, HTTP Request ${p.httpTask.executionTime} ms, ratio ${(p.perOurs / p.perHttp).toFixed(2)}`);
		}
		lines.push(`  our node     ms/item ${spreadOf(pairs.map((p) => p.perOurs), 2)}`);
		lines.push(`  HTTP Request ms/item ${spreadOf(pairs.map((p) => p.perHttp), 2)}`);
		lines.push(`  ratio ours/HTTP Request ${spreadOf(ratios, 2)} (goal <= 0.8)`);
		const { oursTask, httpTask } = pairs[0];
		// when the sandbox answered, relative to each node's start: shows how the time splits
		// between preparing the items and waiting for the answers
		const spread = (task, list) => {
			const ts = list.map((x) => x.t - task.startTime).filter((t) => t >= 0 && t <= task.executionTime + 50);
			return ts.length ? `${ts.length} answers between +${Math.min(...ts)} ms and +${Math.max(...ts)} ms` : 'no answers in its window';
		};
		lines.push(
			`  sandbox answers, pair 1: our node ${spread(oursTask, gets.filter((x) => !byHttp(x)))}; HTTP Request ${spread(httpTask, gets.filter(byHttp))}`,
		);
		ctx.bench = { perOurs, perHttp, ratio, ratios };
		const pTask = taskOf(run.run, N.paginate);
		const lists = listRequests(reqs, '/sources').filter(byHttp);
		if (pTask.error) {
			lines.push(`HTTP Request pagination over 10,000 sources: FAILED: ${pTask.error.message} after ${lists.length} request(s)`);
		} else {
			const pages = itemsOf(run.run, N.paginate);
			const records = pages.reduce((n, p) => n + ((p.data && p.data.sources && p.data.sources.length) || 0), 0);
			lines.push(
				`HTTP Request pagination (updateAParameterInEachRequest, qs pagination[cursor] = $response.body.data.pagination.next, count 1000): ${lists.length} requests, ${pages.length} items (one per page), ${records} sources, ${pTask.executionTime} ms`,
			);
			ctx.bench.paginateRequests = lists.length;
			ctx.bench.paginateRecords = records;
		}
		const oTask = taskOf(run.run, N.oursList);
		const oLists = listRequests(reqs, '/sources').filter((x) => !byHttp(x));
		const oItems = itemsOf(run.run, N.oursList);
		lines.push(`our node, source Get Many with Return All: ${oLists.length} requests, ${oItems.length} items (one per source), ${oTask.executionTime} ms`);
		ctx.bench.oursListRequests = oLists.length;
		for (const l of lines) log(LANE, `   ${l}`);
		ctx.benchLines = lines;
		return `ours ${perOurs.toFixed(2)} ms/item, HTTP Request ${perHttp.toFixed(2)} ms/item, ratio ${ratio.toFixed(2)} (median of ${pairCount}, min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}); pagination ${ctx.bench.paginateRequests ?? '-'} requests`;
	},
};
