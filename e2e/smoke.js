'use strict';
// Dev-only end-to-end smoke test: the built package inside a real n8n 2.41.1.
//
//   npm run build && bash e2e/provision.sh && node e2e/smoke.js
//
// 1. starts a Segment Public API stand-in on 127.0.0.1 (sandbox/server.js when it exists,
//    else a tiny built-in mock of GET /sources),
// 2. imports a `segmentPublicApi` credential (region 'custom', baseUrl → that server) and the
//    built-in `segmentApi` credential,
// 3. imports one workflow: Manual Trigger → our node (source / getAll / returnAll) and
//    Manual Trigger → n8n's built-in Segment node (continue on fail, its HTTPS sent to a local
//    proxy that refuses the tunnel, so nothing leaves the machine),
// 4. runs `n8n execute --id=… --rawOutput` and asserts on the run JSON.
// Env: N8N_E2E_KEEP=1 keeps the temp user folder; N8N_E2E_NO_SANDBOX=1 forces the built-in
//      mock; N8N_E2E_PACKAGE_MODE=link symlinks the repo instead of copying package.json + dist;
//      N8N_E2E_CACHE as for provision.sh; N8N_E2E_DEBUG=1 logs the mock's requests.
// The full output of the last `n8n execute` is written to $TMPDIR/n8n-segment-e2e-last-execute.log.

const fs = require('node:fs');
const path = require('node:path');
const http = require('node:http');
const assert = require('node:assert/strict');
const e2e = require('./lib');

const T0 = Date.now();
const timings = [];
async function timed(label, fn) {
	const t = Date.now();
	try {
		return await fn();
	} finally {
		const ms = Date.now() - t;
		timings.push([label, ms]);
		console.log(`[smoke ${((Date.now() - T0) / 1000).toFixed(1)}s] ${label}: ${(ms / 1000).toFixed(1)}s`);
	}
}

// ---------------------------------------------------------------------------------------
// the Segment Public API stand-in
const MOCK_TOKEN = 'e2e-token-123';
const MOCK_SOURCE = {
	id: 'src1',
	name: 'Web',
	slug: 'web',
	enabled: true,
	workspaceId: 'ws',
	writeKeys: [],
	labels: [],
	metadata: { id: 'm1', name: 'Javascript', slug: 'javascript' },
};

/** Minimal mock: GET /sources with Bearer check; also a refusing HTTP proxy (CONNECT). */
function startMock() {
	const requests = [];
	const connects = [];
	const server = http.createServer((req, res) => {
		const url = new URL(req.url, 'http://127.0.0.1');
		if (process.env.N8N_E2E_DEBUG) console.error('[mock]', req.method, req.url);
		requests.push({ method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers });
		const send = (status, body) => {
			requests[requests.length - 1].status = status;
			res.writeHead(status, { 'content-type': 'application/vnd.segment.v1+json' });
			res.end(JSON.stringify(body));
		};
		if (req.headers.authorization !== `Bearer ${MOCK_TOKEN}`) {
			return send(401, { errors: [{ type: 'unauthorized', message: 'Unauthorized' }] });
		}
		if (req.method === 'GET' && url.pathname === '/sources') {
			const count = Number(url.searchParams.get('pagination[count]'));
			if (!Number.isInteger(count) || count < 1 || count > 1000) {
				return send(422, { errors: [{ type: 'validation', message: 'pagination[count] must be an integer between 1 and 1000' }] });
			}
			return send(200, { data: { sources: [MOCK_SOURCE], pagination: { current: 'MA==', next: null } } });
		}
		return send(404, { errors: [{ type: 'not-found', message: 'Not found' }] });
	});
	attachProxy(server, connects);
	return listen(server).then((url) => ({
		kind: 'built-in mock',
		url,
		token: MOCK_TOKEN,
		expectedSources: [MOCK_SOURCE],
		requests,
		sourceCalls: () =>
			requests.filter((r) => r.path === '/sources').map((r) => ({ query: r.query, status: r.status, headers: r.headers })),
		connects,
		close: () => closeServer(server),
	}));
}

/** A CONNECT handler that records the target and refuses it: a local stand-in for the internet. */
function attachProxy(server, connects) {
	server.on('connect', (req, socket) => {
		connects.push(req.url);
		socket.on('error', () => {});
		socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
	});
}

function listen(server) {
	return new Promise((resolve, reject) => {
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
	});
}

function closeServer(server) {
	return new Promise((resolve) => {
		server.close(() => resolve());
		if (server.closeAllConnections) server.closeAllConnections();
	});
}

/** A separate refusing proxy, used when the API stand-in is the shared sandbox. */
async function startProxy() {
	const connects = [];
	const server = http.createServer((req, res) => {
		connects.push(`${req.method} ${req.url}`);
		res.writeHead(403).end();
	});
	attachProxy(server, connects);
	const url = await listen(server);
	return { url, connects, close: () => closeServer(server) };
}

async function startApi() {
	const sandboxFile = path.join(e2e.REPO, 'sandbox', 'server.js');
	if (!process.env.N8N_E2E_NO_SANDBOX && fs.existsSync(sandboxFile)) {
		try {
			const { startSandbox } = require(sandboxFile);
			if (typeof startSandbox === 'function') {
				const log = [];
				const sb = await startSandbox({ port: 0, log: (line) => log.push(line) });
				assert.ok(sb && sb.url && sb.token, 'startSandbox() must give {url, token, close}');
				assert.match(sb.url, /^http:\/\/127\.0\.0\.1:\d+$/, 'sandbox must bind to 127.0.0.1');
				const sources = sb.state && sb.state.sources instanceof Map ? [...sb.state.sources.values()] : undefined;
				return {
					kind: `sandbox (${path.relative(e2e.REPO, sandboxFile)})`,
					url: sb.url,
					token: sb.token,
					expectedSources: sources,
					// `GET /sources?pagination[count]=200 -> 200` lines
					sourceCalls: () =>
						log
							.map((l) => /^GET (\/sources\?\S*) -> (\d+)/.exec(l))
							.filter(Boolean)
							.map(([, u, status]) => ({ query: Object.fromEntries(new URL(u, sb.url).searchParams), status: Number(status) })),
					counters: sb.counters,
					close: () => sb.close(),
				};
			}
			console.warn('[smoke] sandbox/server.js has no startSandbox(): using the built-in mock');
		} catch (err) {
			console.warn(`[smoke] sandbox/server.js failed to start (${err.message}): using the built-in mock`);
		}
	}
	return startMock();
}

// ---------------------------------------------------------------------------------------
const CRED_ID = 'e2eSegPubApiCred1';
const BUILTIN_CRED_ID = 'e2eSegmentApiCred1';
const WORKFLOW_ID = 'e2eSegmentSmoke01';
const OUR_NODE = 'Segment Public API';
const BUILTIN_NODE = 'Segment (built-in)';

function smokeWorkflow() {
	return {
		id: WORKFLOW_ID,
		name: 'e2e smoke: Segment Public API',
		nodes: [
			{
				id: '0f6c1c2e-0000-4000-8000-000000000001',
				name: 'Manual Trigger',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: '0f6c1c2e-0000-4000-8000-000000000002',
				name: OUR_NODE,
				type: `${e2e.PACKAGE_NAME}.segmentPublicApi`,
				typeVersion: 1,
				position: [220, -100],
				parameters: { resource: 'source', operation: 'getAll', returnAll: true },
				credentials: { segmentPublicApi: { id: CRED_ID, name: 'Segment Public API (e2e)' } },
			},
			{
				id: '0f6c1c2e-0000-4000-8000-000000000003',
				name: BUILTIN_NODE,
				type: 'n8n-nodes-base.segment',
				typeVersion: 1,
				position: [220, 100],
				// Tracking API: track an event. Its request goes to https://api.segment.io through
				// the local proxy, which refuses; the node then outputs the error as an item.
				parameters: { resource: 'track', operation: 'event', userId: 'e2e-user', event: 'e2e smoke' },
				credentials: { segmentApi: { id: BUILTIN_CRED_ID, name: 'Segment Tracking (e2e)' } },
				onError: 'continueRegularOutput',
				retryOnFail: false,
			},
		],
		connections: {
			'Manual Trigger': {
				main: [[
					{ node: OUR_NODE, type: 'main', index: 0 },
					{ node: BUILTIN_NODE, type: 'main', index: 0 },
				]],
			},
		},
	};
}

const LAST_RUN_LOG = path.join(require('node:os').tmpdir(), 'n8n-segment-e2e-last-execute.log');

function tail(text, n) {
	return String(text).split('\n').slice(-n).join('\n');
}

/** One line per node (status, items or error) plus the run's error: enough to see what broke. */
function summarizeRun(run) {
	const lines = [`run status: ${run.status}`];
	const err = run.data && run.data.resultData && run.data.resultData.error;
	if (err) lines.push(`run error: ${err.message}${err.description ? ` (${err.description})` : ''}`);
	for (const [name, tasks] of Object.entries((run.data && run.data.resultData.runData) || {})) {
		const t = tasks[tasks.length - 1];
		const items = t.data && t.data.main && t.data.main[0] ? t.data.main[0].length : 0;
		lines.push(`  ${name}: ${t.executionStatus}${t.error ? `: ${t.error.message}` : `, ${items} item(s)`}`);
	}
	return lines.join('\n');
}

function outputItems(run, nodeName) {
	const runs = run.data.resultData.runData[nodeName];
	assert.ok(runs && runs.length, `no runData for "${nodeName}"; ran: ${Object.keys(run.data.resultData.runData).join(', ')}`);
	const task = runs[0];
	assert.ok(!task.error, `"${nodeName}" failed: ${task.error && JSON.stringify(task.error.message)}`);
	return (task.data.main[0] || []).map((i) => i.json);
}

async function main() {
	const started = [];
	let uf;
	try {
		const api = await timed('start API stand-in', startApi);
		started.push(api);
		console.log(`[smoke] API stand-in: ${api.kind} at ${api.url}`);
		// the built-in mock doubles as the refusing proxy; with the sandbox, start one
		const proxy = api.connects ? api : await startProxy();
		if (proxy !== api) started.push(proxy);

		uf = await timed('prepare user folder', () => e2e.prepareUserFolder());
		console.log(`[smoke] N8N_USER_FOLDER=${uf.dir}`);

		await timed('import:credentials', () =>
			uf.importCredential([
				{
					id: CRED_ID,
					name: 'Segment Public API (e2e)',
					type: 'segmentPublicApi',
					data: { apiToken: api.token, workspaceSlug: 'e2e', region: 'custom', baseUrl: api.url },
				},
				{ id: BUILTIN_CRED_ID, name: 'Segment Tracking (e2e)', type: 'segmentApi', data: { writekey: 'e2e-write-key' } },
			]),
		);
		await timed('import:workflow', () => uf.importWorkflow(smokeWorkflow()));

		// Only the built-in node's HTTPS goes through the proxy; 127.0.0.1 stays direct.
		const proxyEnv = {
			HTTPS_PROXY: proxy.url,
			https_proxy: proxy.url,
			NO_PROXY: '127.0.0.1,localhost',
			no_proxy: '127.0.0.1,localhost',
		};
		const result = await timed('execute', () => uf.execute(WORKFLOW_ID, proxyEnv));
		fs.writeFileSync(LAST_RUN_LOG, `${result.stdout}\n--- stderr\n${result.stderr}`);
		if (!result.run || result.status !== 'success') {
			console.error(`[smoke] n8n execute exit ${result.code}; full output in ${LAST_RUN_LOG}`);
			if (result.run) console.error(summarizeRun(result.run));
			else console.error(`--- n8n stdout (tail)\n${tail(result.stdout, 40)}\n--- n8n stderr (tail)\n${tail(result.stderr, 40)}`);
		}
		assert.ok(result.run, `n8n printed no run JSON (exit ${result.code})`);
		assert.equal(result.status, 'success', `run status ${result.status}`);
		assert.equal(result.code, 0, 'n8n execute exit code');

		// our node
		const items = outputItems(result.run, OUR_NODE);
		assert.ok(items.length >= 1, 'our node returned no items');
		for (const item of items) {
			assert.equal(typeof item.id, 'string', `item without id: ${JSON.stringify(item)}`);
			assert.equal(typeof item.name, 'string', `item without name: ${JSON.stringify(item)}`);
		}
		if (api.expectedSources) {
			assert.deepEqual(
				items.map((i) => [i.id, i.name, i.slug]),
				api.expectedSources.map((src) => [src.id, src.name, src.slug]),
				'items differ from the server\'s sources',
			);
		}
		const calls = api.sourceCalls();
		assert.equal(calls.length, 1, `expected 1 GET /sources, got ${JSON.stringify(calls)}`);
		assert.equal(calls[0].status, 200);
		assert.ok(Number(calls[0].query['pagination[count]']) >= 1, 'pagination[count] missing from the query');
		if (calls[0].headers) {
			assert.equal(calls[0].headers.authorization, `Bearer ${api.token}`);
			assert.match(String(calls[0].headers.accept), /application\/vnd\.segment\.v1\+json/);
		}
		if (api.counters) assert.equal(api.counters.unauthorized, 0, 'the sandbox answered 401');
		console.log(`[smoke] ${OUR_NODE}: ${items.length} item(s): ${JSON.stringify(items).slice(0, 300)}`);

		// n8n's built-in Segment node and its credential, loaded beside ours
		const builtinRuns = result.run.data.resultData.runData[BUILTIN_NODE];
		assert.ok(builtinRuns && builtinRuns.length, `built-in Segment node did not run`);
		const builtinOut = (builtinRuns[0].data?.main?.[0] || []).map((i) => i.json);
		const builtinError = JSON.stringify(builtinRuns[0].error || builtinOut[0] || {});
		assert.doesNotMatch(builtinError, /Unrecognized node type|Unknown credential|credential.*not (found|exist)/i);
		assert.ok(
			proxy.connects.some((c) => /api\.segment\.io/.test(c)),
			`the built-in Segment node sent nothing to the proxy (saw: ${JSON.stringify(proxy.connects)}; its output: ${builtinError.slice(0, 300)})`,
		);
		console.log(`[smoke] ${BUILTIN_NODE}: ran with its segmentApi credential; request to ${proxy.connects.join(', ')} refused by the local proxy as intended`);

		console.log(
			`[smoke] PASS in ${((Date.now() - T0) / 1000).toFixed(1)}s (${timings.map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)}s`).join(', ')})`,
		);
	} finally {
		for (const s of started.reverse()) await s.close();
		if (uf) uf.cleanup();
		e2e.killAll();
	}
}

main().catch((err) => {
	console.error(`[smoke] FAIL: ${err.stack || err.message}`);
	process.exitCode = 1;
});
