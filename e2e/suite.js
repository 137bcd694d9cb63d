'use strict';
// Dev-only end-to-end suite: the built package inside a real n8n 2.41.1, against the local
// Segment Public API sandbox (sandbox/server.js). Asserts on the run JSON of `n8n execute`.
//
//   npm run build && bash e2e/provision.sh && node e2e/suite.js
//   E2E_BENCH=1 node e2e/suite.js          # also check 8 (benchmark figures, printed only)
//   E2E_CHECKS=1,3,7 node e2e/suite.js     # only some checks (development)
//
// Two lanes run side by side, each with its own N8N_USER_FOLDER (so no two n8n processes share
// a database):
//   lane A (check 7): `n8n start` with the published example trigger workflow; mostly waiting
//                     for the once-a-minute polls.
//   lane B (checks 1-6, 8): ONE import:credentials, ONE import:workflow (all workflows in one
//                     file), then `n8n execute --id` per workflow, in sequence. It starts once
//                     lane A's n8n is healthy, so that lane A's CLI boots get the 2 cores.
// Wall time 95 to 165 s (lane A: the example polls every minute at a random second, so the poll
// after the activation poll comes 0 to 60 s later, then one more minute); E2E_BENCH adds 60 to
// 200 s to lane B (five pairs of 1,000 GETs; E2E_BENCH_PAIRS changes the number).
// Checks:
//   1  one operation of every resource (one workflow, Manual Trigger fanning out to 15 nodes)
//   2  Return All across pages: 2,500 sources -> 2,500 items in 3 list requests
//   3  error path: destination get with an unknown ID -> run fails with Segment's message, token
//      nowhere in the execute output
//   4  n8n's built-in Segment node + credential beside ours (HTTPS to a refusing local proxy)
//   5  our credential in n8n's HTTP Request node as a predefined credential type
//   6  the example workflows (workspace-audit, provisioning, deletion-request) against the sandbox
//   7  the example trigger workflow under `n8n start`: exactly one notification per new source
//   8  (E2E_BENCH=1) per-item time of 1,000 GETs: our node vs HTTP Request, five pairs in one
//      execution, median ratio with min and max; HTTP Request's own pagination over 10,000 sources
//   9  a redirect to another origin: the node fails naming the host, and the second listener
//      never receives a request (nor the token)
//   7 also: a source deleted from page 1 between the page requests of a poll (2,500 sources, so
//      a poll reads 3 pages and the next page starts one record later) causes no second execution
// Every process started here (sandboxes, sink, proxy, n8n) is stopped at the end, also on failure.
// Env: N8N_E2E_KEEP=1 keeps the temp user folders; N8N_E2E_CACHE as for provision.sh;
// N8N_E2E_DEBUG=1 prints stack traces of failed checks. The full output of each `n8n execute`
// goes to $TMPDIR/n8n-segment-e2e-suite-<workflow id>.log, that of `n8n start` to
// $TMPDIR/n8n-segment-e2e-suite-n8n-start.log. Exit code 0 only when every check passed.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const assert = require('node:assert/strict');
const e2e = require('./lib');
const { startSandbox } = require('../sandbox/server');
const { CATALOG } = require('../sandbox/seed');

const T0 = Date.now();
const BENCH = process.env.E2E_BENCH === '1';
const ONLY = process.env.E2E_CHECKS
	? new Set(process.env.E2E_CHECKS.split(',').map((s) => s.trim()))
	: undefined;
const wanted = (id) => (!ONLY || ONLY.has(String(id))) && (String(id) !== '8' || BENCH || (ONLY && ONLY.has('8')));

const PKG = e2e.PACKAGE_NAME;
const OUR = `${PKG}.segmentPublicApi`;
const EXAMPLES = path.join(e2e.REPO, 'examples');
const SANDBOX_CRED = { id: 'segmentSandbox1', name: 'Segment sandbox' }; // as in examples/*.json
const PAGING_CRED = { id: 'e2eSegPaging0001', name: 'Segment sandbox (2,500 sources)' };
const BENCH_CRED = { id: 'e2eSegBench00001', name: 'Segment sandbox (10,000 sources)' };
const BUILTIN_CRED = { id: 'e2eSegmentApi001', name: 'Segment Tracking (e2e)' };

// ---------------------------------------------------------------------------------------
// output
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const stamp = () => `[suite ${secs(Date.now() - T0).padStart(6)}]`;
function log(lane, msg) {
	for (const line of String(msg).split('\n')) console.log(`${stamp()} ${lane} ${line}`);
}
const results = [];
/** Runs one check: PASS/FAIL line with its time; never throws. fn returns a one-line note. */
async function check(lane, id, title, fn) {
	const t = Date.now();
	let status = 'PASS';
	let note = '';
	try {
		note = (await fn()) || '';
	} catch (err) {
		status = 'FAIL';
		note = err && err.message ? err.message : String(err);
		if (process.env.N8N_E2E_DEBUG && err && err.stack) log(lane, err.stack);
	}
	const ms = Date.now() - t;
	results.push({ id, title, status, ms, note });
	log(lane, `${status} ${id} ${title} (${secs(ms)})${note ? `: ${note}` : ''}`);
	return status === 'PASS';
}

/** Collects several assertions of one check; throws once with all that failed. */
function softAsserts(lane) {
	const failures = [];
	return {
		ok(label, fn) {
			try {
				const note = fn();
				log(lane, `   ok   ${label}${note ? `: ${note}` : ''}`);
			} catch (err) {
				failures.push(`${label}: ${err.message}`);
				log(lane, `   FAIL ${label}: ${err.message}`);
			}
		},
		done() {
			if (failures.length) throw new Error(`${failures.length} assertion(s) failed: ${failures.join(' | ')}`);
		},
	};
}

// ---------------------------------------------------------------------------------------
// local servers
function listen(server) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
	});
}
function closeServer(server) {
	return new Promise((resolve) => {
		server.close(() => resolve());
		if (server.closeAllConnections) server.closeAllConnections();
	});
}

/** A sandbox with a random token and a timestamped request log. */
async function sandbox(options = {}) {
	const requests = [];
	/** Called with each request once it was answered, before the client can send the next. */
	const hooks = { afterRequest: null };
	const sb = await startSandbox({
		port: 0,
		token: `e2e-token-${crypto.randomBytes(12).toString('hex')}`,
		...options,
		log: (line) => {
			const m = /^(\w+) (\S+) -> (\d+)$/.exec(line);
			if (m) {
				const u = new URL(m[2], 'http://x');
				const entry = { t: Date.now(), method: m[1], path: u.pathname, query: u.searchParams, status: Number(m[3]) };
				requests.push(entry);
				if (hooks.afterRequest) hooks.afterRequest(entry);
			} else requests.push({ t: Date.now(), internal: line });
		},
	});
	assert.match(sb.url, /^http:\/\/127\.0\.0\.1:\d+$/);
	return Object.assign(sb, {
		requests,
		hooks,
		mark: () => requests.length,
		since: (mark) => requests.slice(mark),
		credential: (cred) => ({
			...cred,
			type: 'segmentPublicApi',
			data: { apiToken: sb.token, workspaceSlug: 'acme-sandbox', region: 'custom', baseUrl: sb.url },
		}),
		async api(method, p, body, version = 'v1') {
			const res = await fetch(`${sb.url}${p}`, {
				method,
				headers: {
					authorization: `Bearer ${sb.token}`,
					accept: `application/vnd.segment.${version}+json`,
					...(body ? { 'content-type': `application/vnd.segment.${version}+json` } : {}),
				},
				body: body ? JSON.stringify(body) : undefined,
			});
			const json = await res.json();
			if (!res.ok) throw new Error(`sandbox ${method} ${p} -> ${res.status} ${JSON.stringify(json)}`);
			return json.data;
		},
	});
}

/** Receives the notifications of check 7. */
async function startSink() {
	const received = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8').on('data', (d) => (body += d));
		req.on('end', () => {
			let json;
			try {
				json = JSON.parse(body);
			} catch {
				json = { raw: body };
			}
			received.push({ t: Date.now(), method: req.method, path: req.url, body: json });
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
		});
	});
	const url = await listen(server);
	return { url, received, close: () => closeServer(server) };
}

/** A local stand-in for the internet: records CONNECT targets and refuses them (check 4). */
async function startRefusingProxy() {
	const connects = [];
	const server = http.createServer((req, res) => {
		connects.push(`${req.method} ${req.url}`);
		res.writeHead(403).end();
	});
	server.on('connect', (req, socket) => {
		connects.push(req.url);
		socket.on('error', () => {});
		socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
	});
	const url = await listen(server);
	return { url, connects, close: () => closeServer(server) };
}

async function waitFor(label, predicate, timeoutMs, intervalMs = 250) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = predicate();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${secs(timeoutMs)} waiting for ${label}`);
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

// ---------------------------------------------------------------------------------------
// workflows
let nodeSeq = 0;
function node(name, type, parameters, extra = {}) {
	nodeSeq += 1;
	return {
		id: `e2e00000-0000-4000-8000-${String(nodeSeq).padStart(12, '0')}`,
		name,
		type,
		typeVersion: 1,
		position: [nodeSeq * 40, nodeSeq * 40],
		parameters,
		...extra,
	};
}
const manual = (name = 'Manual Trigger') => node(name, 'n8n-nodes-base.manualTrigger', {});
const ours = (name, parameters, cred = SANDBOX_CRED, extra = {}) =>
	node(name, OUR, parameters, { credentials: { segmentPublicApi: { ...cred } }, ...extra });
const rl = (value) => ({ __rl: true, mode: 'id', value });
/** Connections from one node to several (all on main output 0). */
function fanOut(from, targets, connections = {}) {
	connections[from] = { main: [targets.map((t) => ({ node: t, type: 'main', index: 0 }))] };
	return connections;
}
function workflow(id, name, nodes, connections) {
	return { id, name, nodes, connections, active: false, settings: { executionOrder: 'v1' }, pinData: {} };
}

const WF = {
	allResources: 'e2eSuiteAllRes01',
	paging: 'e2eSuitePaging01',
	error: 'e2eSuiteError001',
	builtin: 'e2eSuiteBuiltin1',
	httpCred: 'e2eSuiteHttpCred',
	audit: 'segAuditExample1',
	provisioning: 'segProvisionEx01',
	deletion: 'segDeletionReqEx',
	backup: 'segConfigBackup1',
	drift: 'segDriftAlert001',
	destinationHealth: 'segDestHealthEx1',
	trigger: 'segNewSourceEx01',
	auditAlert: 'segAuditAlertEx1',
	bench: 'e2eSuiteBench001',
	redirect: 'e2eSuiteRedirec1',
};
const REDIRECT_CRED = { id: 'e2eSegRedirect01', name: 'Segment behind a redirecting proxy' };

function redirectWorkflow() {
	return workflow(WF.redirect, 'e2e: redirect to another origin', [
		manual(),
		ours('Get Source', { resource: 'source', operation: 'get', sourceId: rl('src_redirected'), simplify: false }, REDIRECT_CRED),
	], fanOut('Manual Trigger', ['Get Source']));
}

/** Check 9: a server that answers every request with a 307 to a second listener, which records what reaches it. */
async function startRedirector() {
	const caught = [];
	const target = http.createServer((req, res) => {
		caught.push({ method: req.method, url: req.url, authorization: req.headers.authorization });
		res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"source":{"id":"stolen"}}}');
	});
	const targetUrl = await listen(target);
	const redirector = http.createServer((req, res) => {
		res.writeHead(307, { location: `${targetUrl}${req.url}` }).end();
	});
	const url = await listen(redirector);
	return {
		url,
		targetUrl,
		caught,
		close: async () => {
			await closeServer(redirector);
			await closeServer(target);
		},
	};
}

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
		WF.allResources,
		'e2e suite: one operation of every resource',
		nodes,
		fanOut('Manual Trigger', Object.values(N)),
	);
}

function pagingWorkflow() {
	return workflow(
		WF.paging,
		'e2e suite: Return All across pages',
		[manual(), ours('List 2,500 Sources', { resource: 'source', operation: 'getAll', returnAll: true }, PAGING_CRED)],
		fanOut('Manual Trigger', ['List 2,500 Sources']),
	);
}

const MISSING_DESTINATION_ID = 'e2eNoSuchDestination';
function errorWorkflow() {
	return workflow(
		WF.error,
		'e2e suite: error path',
		[manual(), ours('Get Missing Destination', { resource: 'destination', operation: 'get', destinationId: rl(MISSING_DESTINATION_ID) })],
		fanOut('Manual Trigger', ['Get Missing Destination']),
	);
}

function builtinWorkflow() {
	return workflow(
		WF.builtin,
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

const HTTP_NODE = 'HTTP Request (segmentPublicApi credential)';
function httpRequestNode(name, parameters, extra = {}) {
	return { ...node(name, 'n8n-nodes-base.httpRequest', parameters, extra), typeVersion: 4.2 };
}
const predefined = () => ({
	authentication: 'predefinedCredentialType',
	nodeCredentialType: 'segmentPublicApi',
});
const jsonResponse = { response: { response: { responseFormat: 'json' } } };

function httpCredWorkflow(sb) {
	return workflow(
		WF.httpCred,
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

// Pairs of (our node, HTTP Request node) over the same 1,000 IDs, run one after the other in one
// execution; the ratio is the median over the pairs (E2E_BENCH_PAIRS, default 5).
const BENCH_PAIRS = Math.max(1, Number(process.env.E2E_BENCH_PAIRS || 5));
const BENCH_NODES = {
	ids: 'Make 1,000 IDs',
	ours: (pair) => `Ours: Get Source x1000 #${pair}`,
	http: (pair) => `HTTP Request: GET /sources/{id} x1000 #${pair}`,
	paginate: 'HTTP Request: paginate 10,000 sources',
	oursList: 'Ours: Get Many 10,000 sources (Return All)',
};
const pairsOfBench = () => Array.from({ length: BENCH_PAIRS }, (_, i) => i + 1);
function benchWorkflow(sb, ids) {
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
		...pairsOfBench().flatMap((pair) => [
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
	fanOut(N.ids, pairsOfBench().flatMap((pair) => [N.ours(pair), N.http(pair)]), connections);
	return workflow(WF.bench, 'e2e suite: bench', nodes, connections);
}

function readExample(file) {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
}

/** The backup and drift examples, with the repository in a temp folder and the alert sent to the sink. */
function backupExamples(repositoryPath, sinkUrl) {
	return ['configuration-backup.json', 'drift-alert.json'].map((file) =>
		e2e.exampleForTests(readExample(file), { repositoryPath, sinkUrl }),
	);
}

/** The deletion-request example, checking the status every second instead of every hour. */
function deletionExample() {
	return e2e.exampleForTests(readExample('deletion-request.json'));
}

// ---------------------------------------------------------------------------------------
// run JSON helpers
function taskOf(run, name) {
	const tasks = run && run.data && run.data.resultData.runData[name];
	if (!tasks || !tasks.length) throw new Error(`node "${name}" did not run`);
	return tasks[tasks.length - 1];
}
function itemsOf(run, name) {
	const task = taskOf(run, name);
	if (task.error) throw new Error(`node "${name}" failed: ${task.error.message}`);
	return ((task.data && task.data.main && task.data.main[0]) || []).map((i) => i.json);
}
function summarizeRun(run) {
	const lines = [`run status: ${run.status}`];
	const err = run.data && run.data.resultData && run.data.resultData.error;
	if (err) lines.push(`run error: ${err.message}${err.description ? ` (${err.description})` : ''}`);
	for (const [name, tasks] of Object.entries((run.data && run.data.resultData.runData) || {})) {
		const t = tasks[tasks.length - 1];
		const items = t.data && t.data.main && t.data.main[0] ? t.data.main[0].length : 0;
		lines.push(`  ${name}: ${t.executionStatus} in ${t.executionTime} ms${t.error ? `: ${t.error.message}` : `, ${items} item(s)`}`);
	}
	return lines.join('\n');
}
const tail = (text, n) => String(text).split('\n').slice(-n).join('\n');
const logFile = (id) => path.join(os.tmpdir(), `n8n-segment-e2e-suite-${id}.log`);

/**
 * `n8n execute --id … --rawOutput` with stdout/stderr going to files instead of pipes: n8n ends
 * with process.exit(), which cut a piped stdout of 22 MB (the bench's run JSON) in the middle;
 * written to a file it is complete. Same result shape as uf.execute(); the whole output is also
 * kept in $TMPDIR/n8n-segment-e2e-suite-<workflow>.log.
 */
const fileChildren = new Set();
process.on('exit', () => {
	for (const pid of fileChildren) {
		try {
			process.kill(-pid, 'SIGKILL');
		} catch {}
	}
});
async function executeViaFile(uf, lane, id, env = {}, { timeoutMs = 300000 } = {}) {
	// (used for every run of the suite; uf.execute() from lib.js pipes the output)
	const out = path.join(uf.dir, `execute-${id}.out`);
	const errFile = path.join(uf.dir, `execute-${id}.err`);
	const fdOut = fs.openSync(out, 'w');
	const fdErr = fs.openSync(errFile, 'w');
	const started = Date.now();
	const child = spawn(e2e.NODE24, [e2e.N8N_BIN, 'execute', `--id=${id}`, '--rawOutput'], {
		env: { ...uf.env, ...env, N8N_LOG_LEVEL: 'info' },
		cwd: uf.dir,
		stdio: ['ignore', fdOut, fdErr],
		detached: true,
	});
	fileChildren.add(child.pid);
	const killGroup = (sig) => {
		try {
			process.kill(-child.pid, sig);
		} catch {}
	};
	const timer = setTimeout(() => killGroup('SIGKILL'), timeoutMs);
	const code = await new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (c) => resolve(c));
	}).finally(() => {
		clearTimeout(timer);
		fs.closeSync(fdOut);
		fs.closeSync(fdErr);
		killGroup('SIGKILL'); // a task runner left in its group
		fileChildren.delete(child.pid);
	});
	const stdout = fs.readFileSync(out, 'utf8');
	const stderr = fs.readFileSync(errFile, 'utf8');
	fs.rmSync(out, { force: true });
	fs.rmSync(errFile, { force: true });
	const r = { code, stdout, stderr, ms: Date.now() - started };
	r.run = e2e.parseRunOutput(stdout);
	r.status = r.run && r.run.status;
	fs.writeFileSync(logFile(id), `exit ${code}\n${stdout}\n--- stderr\n${stderr}`);
	log(lane, `   n8n execute --id=${id}: exit ${code}, status ${r.status}, ${secs(r.ms)}, ${(stdout.length / 1e6).toFixed(1)} MB of output`);
	if (!r.run) {
		throw new Error(
			`n8n printed no run JSON (exit ${code}); output in ${logFile(id)}\n${tail(stdout, 15)}\n${tail(stderr, 15)}`,
		);
	}
	return r;
}
const execute = executeViaFile;

function expectSuccess(r, id) {
	if (r.status !== 'success' || r.code !== 0) {
		throw new Error(`run of ${id} ended ${r.status} (exit ${r.code}); output in ${logFile(id)}\n${summarizeRun(r.run)}`);
	}
}
const sameIds = (label, got, want) =>
	assert.deepEqual(got, want, `${label}: got ${JSON.stringify(got).slice(0, 200)}, want ${JSON.stringify(want).slice(0, 200)}`);
const listRequests = (reqs, p) => reqs.filter((r) => r.method === 'GET' && r.path === p);

const LANE_B_TITLES = {
	'1': 'one operation of every resource',
	'2': 'Return All across pages (2,500 sources)',
	'3': 'error path: destination get with an unknown ID',
	'4': "n8n's built-in Segment node and credential beside ours",
	'5': 'our credential in the HTTP Request node (predefined credential type)',
	'6a': 'example workspace-audit.json ("Run Audit Now")',
	'6b': 'example provisioning.json',
	'6c': 'example deletion-request.json (regulation created, status polled until finished)',
	'6d': 'examples configuration-backup.json and drift-alert.json (snapshot committed to a local Git repository; drift posted as one message)',
	'6e': 'example destination-health.json (failure ratio of every enabled destination over the last day; one message naming the failing webhook)',
	'8': 'bench (figures printed, not asserted)',
	'9': 'a redirect to another origin is not followed; the token stays home',
};

// ---------------------------------------------------------------------------------------
// lane B: checks 1-6 and 8 through `n8n execute`
async function laneB(ctx) {
	const L = 'B';
	const { S1, S2, S4, proxy } = ctx;
	const state = S1.state;
	const destinations = [...state.destinations.values()];
	const subscribed = destinations.find((d) => [...state.subscriptions.values()].some((s) => s.destinationId === d.id));
	const ids = {
		destinationId: destinations[0].id,
		subscribedDestinationId: subscribed.id,
		trackingPlanId: [...state.trackingPlans.keys()][0],
	};

	// the bench IDs: 1,000 sources spread over the 10,000
	const benchIds = S4 ? [...S4.state.sources.keys()].filter((_, i) => i % 10 === 0).slice(0, 1000) : [];

	const workflows = [];
	if (wanted(1)) workflows.push(allResourcesWorkflow(ids));
	if (wanted(2)) workflows.push(pagingWorkflow());
	if (wanted(3)) workflows.push(errorWorkflow());
	if (wanted(4)) workflows.push(builtinWorkflow());
	if (wanted(5)) workflows.push(httpCredWorkflow(S1));
	const backup = wanted(6) ? e2e.backupRepository() : undefined;
	const backupRepo = backup && backup.dir;
	if (wanted(6)) {
		workflows.push(readExample('workspace-audit.json'), readExample('provisioning.json'), deletionExample());
		workflows.push(...backupExamples(backupRepo, ctx.sink.url));
		workflows.push(readExample('destination-health.json'));
	}
	if (wanted(8)) workflows.push(benchWorkflow(S4, benchIds));
	if (wanted(9)) workflows.push(redirectWorkflow());
	if (!workflows.length) return;

	const uf = await e2e.prepareUserFolder();
	ctx.userFolders.push(uf);
	log(L, `N8N_USER_FOLDER=${uf.dir}`);
	const creds = [S1.credential(SANDBOX_CRED), S2.credential(PAGING_CRED), { ...BUILTIN_CRED, type: 'segmentApi', data: { writekey: 'e2e-write-key' } }];
	if (S4) creds.push(S4.credential(BENCH_CRED));
	if (wanted(9)) {
		creds.push({
			...REDIRECT_CRED,
			type: 'segmentPublicApi',
			data: { apiToken: S1.token, workspaceSlug: 'acme-sandbox', region: 'custom', baseUrl: ctx.redirector.url },
		});
	}
	let r = await uf.importCredential(creds);
	log(L, `import:credentials (${creds.length} in one call): ${secs(r.ms)}`);
	r = await uf.importWorkflow(workflows);
	log(L, `import:workflow (${workflows.length} in one call): ${secs(r.ms)}`);

	// 1 ------------------------------------------------------------------------------------
	if (wanted(1))
		await check(L, 1, LANE_B_TITLES['1'], async () => {
			// one entry in the audit trail: a change of a source that leaves it as it was
			const audited = [...state.sources.values()][0];
			await S1.api('PATCH', `/sources/${audited.id}`, { enabled: audited.enabled });
			const workspaceLabels = (await S1.api('GET', '/labels')).labels;
			const suppressedBefore = await S1.api('GET', '/suppressions?pagination[count]=1000');
			const mark = S1.mark();
			const run = await execute(uf, L, WF.allResources);
			expectSuccess(run, WF.allResources);
			const N = ALL_RESOURCE_NODES;
			const soft = softAsserts(L);
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
		});

	// 2 ------------------------------------------------------------------------------------
	if (wanted(2))
		await check(L, 2, LANE_B_TITLES['2'], async () => {
			const mark = S2.mark();
			const run = await execute(uf, L, WF.paging);
			expectSuccess(run, WF.paging);
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
		});

	// 3 ------------------------------------------------------------------------------------
	if (wanted(3))
		await check(L, 3, LANE_B_TITLES['3'], async () => {
			const mark = S1.mark();
			const run = await execute(uf, L, WF.error);
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
		});

	// 9 ------------------------------------------------------------------------------------
	if (wanted(9))
		await check(L, 9, LANE_B_TITLES['9'], async () => {
			const { redirector } = ctx;
			const run = await execute(uf, L, WF.redirect);
			assert.equal(run.status, 'error', `run status ${run.status}`);
			const task = taskOf(run.run, 'Get Source');
			const targetHost = new URL(redirector.targetUrl).host;
			assert.ok(task.error && task.error.message.includes(targetHost), `error names ${targetHost}: ${task.error && task.error.message}`);
			assert.deepEqual(redirector.caught, [], 'the second listener received a request');
			const output = `${run.stdout}\n${run.stderr}`;
			assert.ok(!output.includes(S1.token), 'the token appears in the execute output');
			return `"${task.error.message}"; the second listener received nothing`;
		});

	// 4 ------------------------------------------------------------------------------------
	if (wanted(4))
		await check(L, 4, LANE_B_TITLES['4'], async () => {
			const proxyEnv = {
				HTTPS_PROXY: proxy.url,
				https_proxy: proxy.url,
				HTTP_PROXY: proxy.url,
				http_proxy: proxy.url,
				NO_PROXY: '127.0.0.1,localhost',
				no_proxy: '127.0.0.1,localhost',
			};
			const before = proxy.connects.length;
			const run = await execute(uf, L, WF.builtin, proxyEnv);
			expectSuccess(run, WF.builtin);
			const items = itemsOf(run.run, 'Ours: Get Many Sources');
			sameIds('our node', items.map((i) => i.id), [...state.sources.keys()].slice(0, 2));
			const task = taskOf(run.run, 'Segment (built-in)');
			const out = JSON.stringify(task.error || (task.data && task.data.main[0]) || {});
			assert.doesNotMatch(out, /Unrecognized node type|Unknown credential|credential.*not (found|exist)/i);
			const connects = proxy.connects.slice(before);
			assert.ok(connects.some((c) => /api\.segment\.io/.test(c)), `no CONNECT to api.segment.io (saw ${JSON.stringify(connects)})`);
			return `our node 2 items; built-in node ran with its segmentApi credential, its request to ${connects.join(', ')} refused by the local proxy`;
		});

	// 5 ------------------------------------------------------------------------------------
	if (wanted(5))
		await check(L, 5, LANE_B_TITLES['5'], async () => {
			const mark = S1.mark();
			const run = await execute(uf, L, WF.httpCred);
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
		});

	// 6 ------------------------------------------------------------------------------------
	if (wanted(6)) {
		await check(L, '6a', LANE_B_TITLES['6a'], async () => {
			const run = await execute(uf, L, WF.audit);
			expectSuccess(run, WF.audit);
			const items = itemsOf(run.run, 'Summary for Slack');
			assert.equal(items.length, 1);
			const s = items[0];
			const disabledSources = [...state.sources.values()].filter((x) => !x.enabled);
			const subs = [...state.subscriptions.values()];
			const disabledDest = [...state.destinations.values()].filter((d) => !d.enabled);
			// only Actions destinations have subscriptions
			const hasActions = (d) => (CATALOG.destinations.find((c) => c.id === d.metadataId)?.actions ?? []).length > 0;
			const withoutSub = [...state.destinations.values()].filter(
				(d) => d.enabled && hasActions(d) && !subs.some((x) => x.enabled && x.destinationId === d.id),
			);
			const soft = softAsserts(L);
			soft.ok('text mentions the disabled source', () => {
				assert.equal(typeof s.text, 'string');
				for (const src of disabledSources) assert.ok(s.text.includes(src.name), `"${src.name}" not in text`);
				assert.ok(s.text.includes(`*Disabled sources (${disabledSources.length})*`), 'count heading');
				return disabledSources.map((x) => x.name).join(', ');
			});
			soft.ok('counts match the sandbox', () => {
				assert.deepEqual(
					{ disabledSources: s.disabledSources, disabledDestinations: s.disabledDestinations, destinationsWithoutSubscription: s.destinationsWithoutSubscription, users: s.users, invites: s.invites },
					{ disabledSources: disabledSources.length, disabledDestinations: disabledDest.length, destinationsWithoutSubscription: withoutSub.length, users: state.users.size, invites: state.invites.size },
				);
				for (const d of [...disabledDest, ...withoutSub]) assert.ok(s.text.includes(d.name), `"${d.name}" not in text`);
				// the list has no permissions: a user line is "• Name <email>" with no dangling ": "
				for (const u of state.users.values()) {
					assert.ok(s.text.split('\n').includes(`\u2022 ${u.name} <${u.email}>`), `user line of ${u.email}`);
				}
				for (const email of state.invites.keys()) assert.ok(s.text.includes(email), `${email} not in text`);
				return `${s.disabledSources} disabled source(s), ${s.disabledDestinations} disabled destination(s), ${s.destinationsWithoutSubscription} without subscription, ${s.users} users, ${s.invites} invites`;
			});
			soft.ok('event volume of the last day', () => {
				const volume = itemsOf(run.run, 'Event Volume (Last Day)');
				const sum = volume.reduce((n, v) => n + v.total, 0);
				assert.ok(sum > 0 && s.eventsLastDay === sum, `eventsLastDay ${s.eventsLastDay} vs series ${sum}`);
				for (const v of volume) assert.ok(s.text.includes(`${v.sourceName}: ${v.total}`), `${v.sourceName} line`);
				return `${s.eventsLastDay} events over ${volume.length} sources`;
			});
			soft.done();
			log(L, `   Summary for Slack text:\n${s.text.split('\n').map((l) => `     | ${l}`).join('\n')}`);
			return `Summary for Slack consistent with the sandbox`;
		});

		await check(L, '6b', LANE_B_TITLES['6b'], async () => {
			const before = new Set(state.sources.keys());
			const beforeDest = new Set(state.destinations.keys());
			const run = await execute(uf, L, WF.provisioning);
			expectSuccess(run, WF.provisioning);
			const report = itemsOf(run.run, 'Report Links');
			assert.equal(report.length, 1);
			const rep = report[0];
			const newSources = [...state.sources.values()].filter((x) => !before.has(x.id));
			const newDest = [...state.destinations.values()].filter((x) => !beforeDest.has(x.id));
			assert.equal(newSources.length, 1, 'one new source');
			assert.equal(newDest.length, 1, 'one new destination');
			const src = newSources[0];
			const dest = newDest[0];
			assert.match(src.slug, /^n8n_site_\d{14}$/);
			assert.equal(src.metadataId, 'IqDTy1TpoU');
			assert.equal(dest.sourceId, src.id, 'destination connected to the new source');
			assert.equal(dest.name, 'Amplitude (provisioned by n8n)');
			assert.equal(dest.metadataId, '54521fd525e721e32a72ee91');
			assert.deepEqual(dest.settings, { apiKey: 'replace-with-your-amplitude-key' });
			assert.equal(rep.sourceId, src.id);
			assert.equal(rep.destinationId, dest.id);
			assert.equal(rep.warehouseConnection, 'CONNECTED');
			const warehouse = state.warehouses.get(rep.warehouseId);
			assert.ok(warehouse, 'the picked warehouse exists');
			const connectedTo = [...state.connections].filter(([, set]) => set.has(src.id)).map(([id]) => id);
			assert.deepEqual(connectedTo, [rep.warehouseId], 'connected to the picked warehouse only (disconnectAllWarehouses)');
			assert.match(rep.links.destination, new RegExp(`/destinations/amplitude/sources/${src.slug}/instances/${dest.id}/configuration$`));
			return `source ${src.slug} (${src.id}), destination "${dest.name}" (${dest.id}), warehouse "${warehouse.settings.name}" ${rep.warehouseConnection}`;
		});
	}

	if (wanted(6))
		await check(L, '6c', LANE_B_TITLES['6c'], async () => {
			const before = new Set(state.regulations.keys());
			const mark = S1.mark();
			const run = await execute(uf, L, WF.deletion);
			expectSuccess(run, WF.deletion);
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
		});

	if (wanted(6))
		await check(L, '6d', LANE_B_TITLES['6d'], async () => {
			const { git } = backup;
			// The Files and Git nodes may only touch the folders n8n allows.
			const env = { N8N_RESTRICT_FILE_ACCESS_TO: backupRepo };
			const file = path.join(backupRepo, 'segment-workspace.json');
			const drifts = () => ctx.sink.received.filter((x) => x.path === '/drift');

			let run = await execute(uf, L, WF.backup, env);
			expectSuccess(run, WF.backup);
			const snapshot = itemsOf(run.run, 'Export Configuration')[0];
			assert.equal(fs.readFileSync(file, 'utf8'), `${JSON.stringify(snapshot, null, 2)}\n`, 'the file is the snapshot');
			const writeKeys = () => [...state.sources.values()].flatMap((s) => s.writeKeys);
			const holdsWriteKey = (text) => writeKeys().filter((key) => text.includes(key));
			assert.deepEqual(holdsWriteKey(fs.readFileSync(file, 'utf8')), [], 'a write key in the committed file');
			assert.ok(snapshot.sources.every((s) => s.writeKeys.every((k) => /^•{8}[0-9a-f]{8}$/.test(k))), 'write keys as fingerprints');
			assert.equal(git('rev-list', '--count', 'HEAD'), '1');
			assert.deepEqual(snapshot.sources.map((x) => x.id), [...state.sources.keys()].sort());

			run = await execute(uf, L, WF.drift, env);
			expectSuccess(run, WF.drift);
			assert.equal(itemsOf(run.run, 'Compare With Workspace').length, 0, 'no drift right after the backup');
			assert.equal(drifts().length, 0);

			const changed = [...state.sources.values()][0];
			await S1.api('PATCH', `/sources/${changed.id}`, { enabled: !changed.enabled });
			await S1.api('POST', `/sources/${changed.id}/writekey`, undefined, 'v1alpha');
			await S1.api('POST', '/labels', { label: { key: 'drift', value: 'e2e' } });
			run = await execute(uf, L, WF.drift, env);
			expectSuccess(run, WF.drift);
			const differences = itemsOf(run.run, 'Compare With Workspace');
			assert.deepEqual(
				differences.map((d) => [d.resourceType, d.id, d.kind, d.changes.map((c) => c.path)]),
				[
					['source', changed.id, 'changed', ['enabled', 'writeKeys']],
					['label', 'drift:e2e', 'added', []],
				],
			);
			assert.deepEqual(holdsWriteKey(JSON.stringify(differences)), [], 'a write key in the differences');
			assert.equal(drifts().length, 1, 'one alert');
			const text = drifts()[0].body.text;
			assert.ok(text.includes(`source "${changed.name}" (${changed.id}) changed: enabled, writeKeys`), text);
			assert.deepEqual(holdsWriteKey(JSON.stringify(drifts()[0].body)), [], 'a write key in the posted message');

			run = await execute(uf, L, WF.backup, env);
			expectSuccess(run, WF.backup);
			assert.equal(git('rev-list', '--count', 'HEAD'), '2');
			const diff = git('show', '--format=', '--unified=0', 'HEAD');
			assert.ok(diff.includes(`"enabled": ${changed.enabled}`), 'the commit holds the change');
			assert.deepEqual(holdsWriteKey(git('log', '-p', '--all')), [], 'a write key in the Git history');

			run = await execute(uf, L, WF.backup, env);
			const unchanged = run.status === 'success' ? 'an unchanged workspace commits nothing' : `an unchanged workspace: ${summarizeRun(run.run).slice(0, 200)}`;
			assert.equal(git('rev-list', '--count', 'HEAD'), '2', 'no commit without a change');
			return `2 commits for 2 backups with a change between them; drift alert: "${text.split('\n')[1]}"; ${unchanged}`;
		});

	if (wanted(6))
		await check(L, '6e', LANE_B_TITLES['6e'], async () => {
			const mark = S1.mark();
			const run = await execute(uf, L, WF.destinationHealth);
			expectSuccess(run, WF.destinationHealth);
			const enabled = [...state.destinations.values()].filter((d) => d.enabled);
			const reqs = S1.since(mark);
			const stepRequests = (step) => reqs.filter((x) => x.method === 'GET' && x.path === `/delivery-overview/${step}`);
			for (const step of ['successful-delivery', 'failed-delivery']) {
				const sent = stepRequests(step);
				sameIds(`${step} requests`, sent.map((x) => x.query.get('destinationConfigId')).sort(), enabled.map((d) => d.id).sort());
				for (const x of sent) {
					assert.equal(x.status, 200, `${step} ${x.query}`);
					assert.equal(x.query.get('granularity'), 'DAY');
					assert.equal(x.query.get('sourceId'), state.destinations.get(x.query.get('destinationConfigId')).sourceId);
					const span = Date.parse(x.query.get('endTime')) - Date.parse(x.query.get('startTime'));
					assert.ok(span > 23 * 3600e3 && span <= 24 * 3600e3, `time range of ${span} ms`);
				}
			}
			assert.equal(itemsOf(run.run, 'Failure Ratios').length, enabled.length, 'one ratio per enabled destination');
			const items = itemsOf(run.run, 'Message');
			assert.equal(items.length, 1, 'one message');
			const m = items[0];
			assert.equal(m.threshold, 0.05);
			assert.equal(m.checked, enabled.length);
			const webhook = enabled.find((d) => d.name === 'Order Webhook');
			assert.deepEqual(m.failing.map((f) => f.destinationId), [webhook.id], `failing: ${JSON.stringify(m.failing)}`);
			// The counts are the sandbox's own for the very same queries.
			const again = async (step) => {
				const x = stepRequests(step).find((r) => r.query.get('destinationConfigId') === webhook.id);
				return (await S1.api('GET', `${x.path}?${x.query}`)).total;
			};
			assert.equal(m.failing[0].failed, await again('failed-delivery'));
			assert.equal(m.failing[0].delivered, await again('successful-delivery'));
			assert.ok(m.failing[0].failureRatio > 0.12, `ratio ${m.failing[0].failureRatio}`);
			assert.ok(m.text.includes('\u2022 Order Webhook (') && m.text.includes(`${(m.failing[0].failureRatio * 100).toFixed(1)}% failed`), m.text);
			for (const d of enabled.filter((x) => x.id !== webhook.id)) assert.ok(!m.text.includes(d.name), `"${d.name}" in the message`);
			log(L, `   Message:\n${m.text.split('\n').map((l) => `     | ${l}`).join('\n')}`);
			return `${m.checked} destinations checked; failing: ${m.failing.map((f) => `${f.name} ${(f.failureRatio * 100).toFixed(1)}%`).join(', ')}`;
		});

	// 8 ------------------------------------------------------------------------------------
	if (wanted(8))
		await check(L, 8, LANE_B_TITLES['8'], async () => {
			const mark = S4.mark();
			const run = await executeViaFile(uf, L, WF.bench);
			if (run.status !== 'success') log(L, summarizeRun(run.run));
			const reqs = S4.since(mark);
			const N = BENCH_NODES;
			// whose request: the HTTP Request nodes add client=httpRequest to the query
			const byHttp = (x) => x.query.get('client') === 'httpRequest';
			const lines = [];
			const pairs = pairsOfBench().map((pair) => {
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
			lines.push(`${BENCH_PAIRS} pairs of 1,000 GET /sources/{id} in one execution (${gets.length} requests seen, ${gets.filter((x) => x.status !== 200).length} non-200):`);
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
			for (const l of lines) log(L, `   ${l}`);
			ctx.benchLines = lines;
			return `ours ${perOurs.toFixed(2)} ms/item, HTTP Request ${perHttp.toFixed(2)} ms/item, ratio ${ratio.toFixed(2)} (median of ${BENCH_PAIRS}, min ${Math.min(...ratios).toFixed(2)}, max ${Math.max(...ratios).toFixed(2)}); pagination ${ctx.bench.paginateRequests ?? '-'} requests`;
		});
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

// ---------------------------------------------------------------------------------------
// lane A: check 7, the trigger under `n8n start`
async function laneA(ctx) {
	const L = 'A';
	const title = 'examples new-source-notification.json and audit-alert.json under n8n start (poll triggers)';
	await check(L, 7, title, async () => {
		const { S3, sink } = ctx;
		const wf = readExample('new-source-notification.json');
		const send = wf.nodes.find((n) => n.name === 'Send Notification');
		assert.ok(send, 'the example has a "Send Notification" node');
		send.parameters.url = `${sink.url}/notify`; // the only change to the example
		const trig = wf.nodes.find((n) => n.type === `${PKG}.segmentPublicApiTrigger`);
		assert.deepEqual(trig.parameters.pollTimes, { item: [{ mode: 'everyMinute' }] });
		// the audit-alert example runs beside it, on the same sandbox: one alert per deletion
		const auditWf = readExample('audit-alert.json');
		const sendAlert = auditWf.nodes.find((n) => n.name === 'Send Alert');
		assert.ok(sendAlert, 'the audit example has a "Send Alert" node');
		sendAlert.parameters.url = `${sink.url}/audit`;
		const atPath = (p) => sink.received.filter((x) => x.path === p);

		const uf = await e2e.prepareUserFolder();
		ctx.userFolders.push(uf);
		log(L, `N8N_USER_FOLDER=${uf.dir}`);
		let r = await uf.importCredential(S3.credential(SANDBOX_CRED));
		log(L, `import:credentials: ${secs(r.ms)}`);
		r = await uf.importWorkflow([wf, auditWf]);
		log(L, `import:workflow: ${secs(r.ms)}`);
		for (const id of [WF.trigger, WF.auditAlert]) {
			r = await uf.n8n(['publish:workflow', `--id=${id}`]);
			log(L, `publish:workflow ${id}: exit ${r.code}, ${secs(r.ms)}`);
			assert.equal(r.code, 0, `publish:workflow failed:\n${r.stdout}\n${r.stderr}`);
		}

		// a poll reads 3 pages; its first page request (no cursor) marks it
		const isPoll = (x) => x.method === 'GET' && x.path === '/sources' && !x.query.has('pagination[cursor]');
		const polls = () => S3.requests.filter(isPoll);
		const launched = Date.now();
		const server = await uf.start();
		ctx.servers.push(server);
		let out = '';
		try {
			log(L, `n8n start healthy after ${secs(Date.now() - launched)} at ${server.url}`);
			ctx.laneAReady();
			await waitFor('the first poll (on activation)', () => polls().length >= 1, 90000, 20);
			const first = polls()[0];
			log(L, `poll 1 (activation) ${secs(first.t - launched)} after launch: GET /sources -> ${first.status}`);
			assert.equal(first.status, 200);
			// the source is created once poll 1 has read all its pages, or poll 1 would already list it
			const pages = () => S3.requests.filter((x) => x.method === 'GET' && x.path === '/sources');
			await waitFor('the last page of poll 1', () => pages().length >= 3, 30000, 20);
			assert.equal(atPath('/notify').length, 0, 'the first poll must not notify about existing sources');

			// and a deletion, through the API so that the audit trail records it: the last of the
			// 2,500 sources, so that the first 2,000 records of the source listing stay where they are
			const removed = [...S3.state.sources.values()].pop();
			const created = (
				await S3.api('POST', '/sources', {
					slug: 'e2e_new_source',
					name: 'E2E New Source',
					metadataId: 'IqDTy1TpoU',
					enabled: true,
					disconnectAllWarehouses: true,
				})
			).source;
			const createdAt = Date.now();
			await S3.api('DELETE', `/sources/${removed.id}`);
			log(L, `created source ${created.id} (${created.slug}) in the sandbox ${createdAt - first.t} ms after poll 1; waiting for the next poll (<= 60 s)`);

			// normally the next poll emits it; should the once-a-minute poll have fired in the few ms
			// between poll 1 and the creation, the one after does: allow two minutes
			await waitFor('a notification at the sink', () => atPath('/notify').length >= 1, 135000).catch((error) => {
				const seen = S3.requests.filter((x) => x.t >= createdAt).map((x) => `${x.method} ${x.path}${x.query && x.query.toString() ? `?${x.query}` : ''} -> ${x.status}`);
				throw new Error(`${error.message}; the sink got ${JSON.stringify(sink.received.map((x) => [x.path, x.body]))}; the sandbox saw since the creation: ${JSON.stringify(seen.slice(0, 20))}`);
			});
			const notified = atPath('/notify')[0];
			const emitting = polls().filter((x) => x.t <= notified.t).pop();
			const pollNo = polls().indexOf(emitting) + 1;
			assert.ok(emitting.t > createdAt, 'the notification came from a poll after the creation');
			log(L, `poll ${pollNo} ${secs(emitting.t - first.t)} after poll 1 emitted it; notification ${notified.t - emitting.t} ms after that poll`);

			// Poll pollNo+1: once its first page is answered, the first source is deleted, so page 2
			// starts one record later and the source that was first on page 2 is missing from this
			// listing only. Poll pollNo+2 lists it again: it must not be taken for a new source.
			const sandboxSources = S3.state.sources;
			const slid = [...sandboxSources.values()][1000];
			let deleted;
			S3.hooks.afterRequest = (entry) => {
				if (deleted || !isPoll(entry) || polls().length !== pollNo + 1) return;
				deleted = sandboxSources.keys().next().value;
				sandboxSources.delete(deleted);
				S3.hooks.afterRequest = null;
			};
			log(L, `waiting for poll ${pollNo + 1}, during which the first source is deleted between its page requests, then poll ${pollNo + 2}`);
			await waitFor(`poll ${pollNo + 1}`, () => polls().length > pollNo, 75000);
			const sliding = polls()[pollNo];
			assert.ok(deleted, 'the source was deleted during the poll');
			await waitFor(`poll ${pollNo + 2}`, () => polls().length > pollNo + 1, 75000);
			const pagesOfSliding = S3.requests.filter((x) => x.method === 'GET' && x.path === '/sources' && x.t >= sliding.t && x.t < polls()[pollNo + 1].t);
			assert.equal(pagesOfSliding.length, 3, `poll ${pollNo + 1} read ${pagesOfSliding.length} pages`);
			await new Promise((res) => setTimeout(res, 3000)); // a run started by that poll would post within this
			const following = polls()[pollNo + 1];
			log(L, `poll ${pollNo + 2} ${secs(following.t - sliding.t)} after poll ${pollNo + 1}; source ${slid.id} slid past the cursor in poll ${pollNo + 1}; notifications so far: ${sink.received.length}`);

			assert.equal(atPath('/notify').length, 1, `notifications: ${JSON.stringify(atPath('/notify').map((x) => x.body))}`);
			const alerts = atPath('/audit');
			assert.equal(alerts.length, 1, `audit alerts: ${JSON.stringify(alerts.map((x) => x.body))}`);
			assert.equal(alerts[0].body.resourceId, removed.id);
			assert.ok(alerts[0].body.text.startsWith(`Source Deleted: ${removed.name} (source ${removed.id}) by `), alerts[0].body.text);
			assert.equal(notified.method, 'POST');
			assert.equal(notified.path, '/notify');
			assert.equal(notified.body.sourceId, created.id);
			assert.equal(notified.body.text, `New Segment source: E2E New Source (Javascript), enabled, ID ${created.id}`);
			assert.ok(polls().every((x) => x.status === 200), 'every poll 200');
			const fromN8n = S3.requests.filter((x) => !(x.method === 'POST' && x.path === '/sources') && !(x.method === 'DELETE' && x.path === `/sources/${removed.id}`));
			assert.deepEqual([...new Set(fromN8n.map((x) => `${x.method} ${x.path}`))].sort(), ['GET /audit-events', 'GET /sources'], 'only list requests from n8n');
			return `${polls().length} polls (activation, then +${polls().slice(1).map((x, i) => secs(x.t - polls()[i].t)).join(', +')}), exactly 1 notification: "${notified.body.text}"; no second one after ${slid.id} slid past the cursor; exactly 1 audit alert: "${alerts[0].body.text}"`;
		} finally {
			out = server.output();
			const t = Date.now();
			await server.stop();
			log(L, `n8n start stopped in ${secs(Date.now() - t)}`);
			fs.writeFileSync(logFile('n8n-start'), out);
		}
	});
}

// ---------------------------------------------------------------------------------------
async function main() {
	log('-', `n8n e2e suite; bench ${BENCH ? 'on' : 'off (E2E_BENCH=1)'}${ONLY ? `; only checks ${[...ONLY].join(',')}` : ''}`);
	const ctx = { userFolders: [], servers: [] };
	const closers = [];
	try {
		ctx.S1 = await sandbox();
		closers.push(ctx.S1.close);
		ctx.S2 = await sandbox({ sources: 2500 });
		closers.push(ctx.S2.close);
		// 2,500 sources: a poll reads 3 pages, so a deletion between two of them shifts the next page
		ctx.S3 = await sandbox({ sources: 2500 });
		closers.push(ctx.S3.close);
		ctx.redirector = await startRedirector();
		closers.push(ctx.redirector.close);
		if (wanted(8)) {
			ctx.S4 = await sandbox({ sources: 10000 });
			closers.push(ctx.S4.close);
		}
		ctx.sink = await startSink();
		closers.push(ctx.sink.close);
		ctx.proxy = await startRefusingProxy();
		closers.push(ctx.proxy.close);
		log('-', `sandboxes ${ctx.S1.url} (demo), ${ctx.S2.url} (2,500 sources), ${ctx.S3.url} (trigger)${ctx.S4 ? `, ${ctx.S4.url} (10,000 sources)` : ''}; sink ${ctx.sink.url}; proxy ${ctx.proxy.url}`);

		// Lane B waits until lane A's `n8n start` is healthy (or lane A ended): on 2 cores the CLI
		// boots of both lanes would otherwise slow down lane A, which is the longer one.
		const laneAReady = new Promise((resolve) => (ctx.laneAReady = resolve));
		const lanes = [];
		if (wanted(7)) lanes.push(laneA(ctx).finally(() => ctx.laneAReady()));
		else ctx.laneAReady();
		lanes.push(
			laneAReady.then(() => laneB(ctx)).catch((err) => {
				// a setup failure of lane B (import): every check of it fails
				const why = `lane B setup failed: ${String(err.message).split('\n')[0]}`;
				log('B', `lane B setup failed: ${err.message}`);
				for (const [id, title] of Object.entries(LANE_B_TITLES)) {
					if (wanted(id.replace(/[ab]$/, '')) && !results.some((x) => String(x.id) === id)) {
						results.push({ id, title, status: 'FAIL', ms: 0, note: why });
					}
				}
			}),
		);
		await Promise.all(lanes);
	} finally {
		for (const s of ctx.servers) await s.stop().catch(() => {});
		for (const close of closers.reverse()) await close().catch(() => {});
		for (const uf of ctx.userFolders) uf.cleanup();
		e2e.killAll();
	}

	// summary
	const order = (x) => parseFloat(String(x.id).replace('a', '.1').replace('b', '.2'));
	results.sort((a, b) => order(a) - order(b));
	console.log('');
	console.log('==================== e2e suite summary ====================');
	for (const x of results) console.log(`${x.status.padEnd(4)} ${String(x.id).padEnd(3)} ${secs(x.ms).padStart(6)}  ${x.title}${x.status === 'FAIL' ? `\n             ${x.note.split('\n')[0]}` : ''}`);
	if (ctx.httpCredRefused) console.log(`check 5: n8n refused our credential in the HTTP Request node: ${ctx.httpCredRefused}`);
	if (ctx.benchLines) {
		console.log('bench (check 8):');
		for (const l of ctx.benchLines) console.log(`  ${l}`);
	}
	const failed = results.filter((x) => x.status === 'FAIL').length;
	const passed = results.filter((x) => x.status === 'PASS').length;
	console.log(`${failed ? 'FAIL' : 'PASS'}: ${passed} passed, ${failed} failed, total ${secs(Date.now() - T0)}`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
	console.error(`${stamp()} suite error: ${err.stack || err.message}`);
	e2e.killAll();
	process.exitCode = 1;
});
