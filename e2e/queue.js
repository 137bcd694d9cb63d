'use strict';
// Dev-only: the built package in n8n 2.41.1 in QUEUE MODE (issue #14): a main (`n8n start`,
// webhooks and the polling trigger), Redis as the queue, Postgres as the database and N workers
// (`n8n worker`), all with this package loaded, against the local Segment sandbox with a strict
// rate limit.
//
//   npm run test:e2e:queue                                   # short mode (CI), about 4 to 5 min
//   E2E_QUEUE_FULL=1 npm run test:e2e:queue                  # full measurement, 1, 2 and 4 workers
//   node e2e/queue.js                                        # after build + provision + queue-provision
//
// Scenarios (E2E_QUEUE_SCENARIOS=1,2,3 picks; 2 needs 1's load and runs beside it):
//   1  load: E executions at once of Webhook -> Code (the IDs of its request) -> Source > Get with
//      {{ $json.id }} (On Error: continue), together getting S sources one by one, under the sandbox's
//      rate limit (E2E_QUEUE_RATE, default 100/10s), once per worker count (E2E_QUEUE_WORKERS).
//      Figures per worker count: failed items (must be 0), 429s, wasted requests, wall time and
//      the share of the allowed rate used; printed as a table.
//   2  trigger: examples/new-source-notification.json (SegmentPublicApiTrigger, newSource, every
//      minute), activated on the main, its HTTP Request pointed at a local sink; sources are
//      created in the sandbox during the load of scenario 1: each one notified exactly once.
//   3  a worker killed (SIGKILL) mid-run: 2 workers run executions that create sources (writes);
//      the one holding the most running executions is killed once every execution has written
//      and writes are still ahead (the rate limit spreads them over windows). Its executions
//      must end failed/crashed in n8n, the others succeed, and no write is duplicated (sandbox
//      request log and state; each execution started once).
//
// Env:
//   E2E_QUEUE_FULL=1          full mode: 2,000 sources, 20 executions, workers 1,2,4
//   E2E_QUEUE_SOURCES=N       sources got per run (short 400, full 2000)
//   E2E_QUEUE_EXECUTIONS=N    executions per run (short 8, full 20)
//   E2E_QUEUE_WORKERS=1,2,4   worker counts measured (short 2)
//   E2E_QUEUE_CONCURRENCY=N   `n8n worker --concurrency` (5)
//   E2E_QUEUE_RATE=100/10s    the sandbox's rate limit for scenarios 1 to 3
//   E2E_QUEUE_KILL=EXECxITEMS scenario 3's writes (6x40)
//   E2E_QUEUE_N8N_LOCKS=1     scenario 3 with n8n's default Bull lock settings (lock 60 s, stalled
//                             check 30 s) instead of 20 s / 5 s: the failure then shows up to 1.5 min later
//   N8N_E2E_KEEP=1            keep the temp folder (user folders, Postgres and Redis data)
// Logs: $TMPDIR/n8n-segment-e2e-queue-{main,worker-*}.log. Exit code 0 only when every check passed.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const e2e = require('./lib');
const services = require('./queue-services');
const { startSink } = require('./lib/servers');
const { startSandbox } = require('../sandbox/server');

const T0 = Date.now();
const env = process.env;
const FULL = env.E2E_QUEUE_FULL === '1';
const intEnv = (name, fallback) => {
	const v = env[name];
	if (v === undefined || v === '') return fallback;
	const n = Number(v);
	if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer (got ${v})`);
	return n;
};
function parseRate(text) {
	const m = /^(\d+)\/(\d+)(ms|s|m)?$/.exec(String(text).trim());
	if (!m) throw new Error(`E2E_QUEUE_RATE must look like 100/10s (got ${text})`);
	const unit = { ms: 1, s: 1000, m: 60000 }[m[3] || 's'];
	return { points: Number(m[1]), windowMs: Number(m[2]) * unit };
}
const CFG = {
	sources: intEnv('E2E_QUEUE_SOURCES', FULL ? 2000 : 400),
	executions: intEnv('E2E_QUEUE_EXECUTIONS', FULL ? 20 : 8),
	workers: (env.E2E_QUEUE_WORKERS || (FULL ? '1,2,4' : '2')).split(',').map((s) => {
		const n = Number(s.trim());
		if (!Number.isInteger(n) || n <= 0) throw new Error(`E2E_QUEUE_WORKERS: bad count ${s}`);
		return n;
	}),
	concurrency: intEnv('E2E_QUEUE_CONCURRENCY', 5),
	rate: parseRate(env.E2E_QUEUE_RATE || '100/10s'),
	scenarios: new Set((env.E2E_QUEUE_SCENARIOS || '1,2,3').split(',').map((s) => s.trim())),
	kill: (() => {
		const m = /^(\d+)x(\d+)$/.exec(env.E2E_QUEUE_KILL || '6x40');
		if (!m) throw new Error('E2E_QUEUE_KILL must look like 6x25');
		return { executions: Number(m[1]), items: Number(m[2]) };
	})(),
	n8nLocks: env.E2E_QUEUE_N8N_LOCKS === '1',
	keep: !!env.N8N_E2E_KEEP,
	triggerEveryMs: 15000,
};
if (CFG.scenarios.has('2')) CFG.scenarios.add('1'); // the trigger runs under scenario 1's load
const ALLOWED_PER_S = CFG.rate.points / (CFG.rate.windowMs / 1000);

const PKG = e2e.PACKAGE_NAME;
const OUR = `${PKG}.segmentPublicApi`;
const LOAD_CRED = { id: 'segmentSandbox1', name: 'Segment sandbox' }; // as in examples/*.json
const WRITE_CRED = { id: 'e2eQueueWrites01', name: 'Segment sandbox (writes)' };
const WF = { load: 'e2eQueueLoad0001', write: 'e2eQueueWrite001', trigger: 'segNewSourceEx01' };
const HOOK = { load: 'e2e-queue-load', write: 'e2e-queue-write' };
const SOURCE_TYPE = 'IqDTy1TpoU'; // Javascript, in the sandbox catalog
const TERMINAL = new Set(['success', 'error', 'crashed', 'canceled']);

// ---------------------------------------------------------------------------------------
// output
const secs = (ms) => `${(ms / 1000).toFixed(1)}s`;
const stamp = () => `[queue ${secs(Date.now() - T0).padStart(6)}]`;
const log = (msg) => {
	for (const line of String(msg).split('\n')) console.log(`${stamp()} ${line}`);
};
const results = [];
async function check(id, title, fn) {
	const t = Date.now();
	let status = 'PASS';
	let note = '';
	try {
		note = (await fn()) || '';
	} catch (err) {
		status = 'FAIL';
		note = err && err.message ? err.message : String(err);
		if (env.N8N_E2E_DEBUG && err && err.stack) log(err.stack);
	}
	results.push({ id, title, status, ms: Date.now() - t, note });
	log(`${status} ${id} ${title} (${secs(Date.now() - t)})${note ? `: ${note}` : ''}`);
	return status === 'PASS';
}
function expect(cond, message) {
	if (!cond) throw new Error(message);
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function waitFor(label, predicate, timeoutMs, intervalMs = 250) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await predicate();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${secs(timeoutMs)} waiting for ${label}`);
		await sleep(intervalMs);
	}
}
const logFile = (name) => path.join(os.tmpdir(), `n8n-segment-e2e-queue-${name}.log`);

// ---------------------------------------------------------------------------------------
// sandbox, sink
async function sandbox(options) {
	const requests = [];
	const sb = await startSandbox({
		port: 0,
		token: `e2e-token-${crypto.randomBytes(12).toString('hex')}`,
		...options,
		log: (line) => {
			const m = /^(\w+) (\S+) -> (\d+)$/.exec(line);
			if (!m) return requests.push({ t: Date.now(), internal: line });
			const u = new URL(m[2], 'http://x');
			requests.push({ t: Date.now(), method: m[1], path: u.pathname, query: u.searchParams, status: Number(m[3]) });
		},
	});
	return Object.assign(sb, {
		requests,
		credential: (cred) => ({
			...cred,
			type: 'segmentPublicApi',
			data: { apiToken: sb.token, workspaceSlug: 'acme-sandbox', region: 'custom', baseUrl: sb.url },
		}),
		/** A request of the test itself; waits out a 429 as Segment asks (the limit is shared). */
		async api(method, p, body) {
			for (let attempt = 0; ; attempt++) {
				const res = await fetch(`${sb.url}${p}`, {
					method,
					headers: {
						authorization: `Bearer ${sb.token}`,
						accept: 'application/vnd.segment.v1+json',
						...(body ? { 'content-type': 'application/vnd.segment.v1+json' } : {}),
					},
					body: body ? JSON.stringify(body) : undefined,
				});
				const json = await res.json();
				if (res.status === 429 && attempt < 20) {
					const wait = Number(json.errors && json.errors[0] && json.errors[0].data && json.errors[0].data.msBeforeNext);
					await sleep((Number.isFinite(wait) ? wait : 1000) + 20);
					continue;
				}
				if (!res.ok) throw new Error(`sandbox ${method} ${p} -> ${res.status} ${JSON.stringify(json)}`);
				return json.data;
			}
		},
	});
}

// ---------------------------------------------------------------------------------------
// workflows
let nodeSeq = 0;
function node(name, type, typeVersion, parameters, extra = {}) {
	nodeSeq += 1;
	return {
		id: `e2e0000q-0000-4000-8000-${String(nodeSeq).padStart(12, '0')}`,
		name,
		type,
		typeVersion,
		position: [nodeSeq * 220, 0],
		parameters,
		...extra,
	};
}
const webhook = (p) =>
	node('Webhook', 'n8n-nodes-base.webhook', 2, { httpMethod: 'POST', path: p, responseMode: 'onReceived', options: {} }, { webhookId: crypto.randomUUID() });
const code = (name, jsCode) => node(name, 'n8n-nodes-base.code', 2, { jsCode });
const chain = (...names) => {
	const c = {};
	for (let i = 0; i + 1 < names.length; i++) c[names[i]] = { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] };
	return c;
};
function workflow(id, name, nodes, connections) {
	return { id, name, nodes, connections, active: true, settings: { executionOrder: 'v1' }, pinData: {} };
}

function loadWorkflow() {
	return workflow(WF.load, 'e2e queue: get sources one by one', [
		webhook(HOOK.load),
		code('Source IDs', 'return $input.first().json.body.ids.map((id) => ({ json: { id } }));'),
		node('Get Source', OUR, 1, { resource: 'source', operation: 'get', sourceId: { __rl: true, mode: 'id', value: '={{ $json.id }}' } }, {
			credentials: { segmentPublicApi: { ...LOAD_CRED } },
			onError: 'continueRegularOutput',
		}),
	], chain('Webhook', 'Source IDs', 'Get Source'));
}

function writeWorkflow() {
	return workflow(WF.write, 'e2e queue: create sources (writes)', [
		webhook(HOOK.write),
		code('Slugs', 'return $input.first().json.body.slugs.map((slug) => ({ json: { slug } }));'),
		node('Create Source', OUR, 1, {
			resource: 'source',
			operation: 'create',
			metadataId: SOURCE_TYPE,
			slug: '={{ $json.slug }}',
			enabled: true,
			additionalFields: { disconnectAllWarehouses: true },
		}, { credentials: { segmentPublicApi: { ...WRITE_CRED } } }),
	], chain('Webhook', 'Slugs', 'Create Source'));
}

function triggerWorkflow(sinkUrl) {
	const wf = JSON.parse(fs.readFileSync(path.join(e2e.REPO, 'examples', 'new-source-notification.json'), 'utf8'));
	const send = wf.nodes.find((n) => n.name === 'Send Notification');
	if (!send) throw new Error('examples/new-source-notification.json has no "Send Notification" node');
	send.parameters.url = `${sinkUrl}/notify`; // the only change to the example, besides activating it
	return { ...wf, active: true };
}

// ---------------------------------------------------------------------------------------
// n8n processes
function n8nEnv(ctx, userFolder, extra = {}) {
	const base = { ...process.env };
	for (const k of Object.keys(base)) if (/^(npm_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$)/.test(k)) delete base[k];
	return {
		...base,
		...e2e.QUIET_ENV,
		PATH: `${path.dirname(e2e.NODE24)}${path.delimiter}${base.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		N8N_LOG_LEVEL: 'info',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: ctx.redis.host,
		QUEUE_BULL_REDIS_PORT: String(ctx.redis.port),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: ctx.pg.host,
		DB_POSTGRESDB_PORT: String(ctx.pg.port),
		DB_POSTGRESDB_DATABASE: ctx.pg.database,
		DB_POSTGRESDB_USER: ctx.pg.user,
		DB_POSTGRESDB_PASSWORD: ctx.pg.password,
		...extra,
	};
}

function makeUserFolder(ctx, name) {
	const dir = path.join(ctx.base, name);
	fs.mkdirSync(dir, { recursive: true });
	if (!fs.existsSync(path.join(dir, '.n8n', 'nodes', 'node_modules', PKG))) e2e.installPackage(dir);
	return dir;
}

const workerProcs = new Set();
let tempBase; // removed on exit unless N8N_E2E_KEEP (queue-services' own exit handler stops Postgres and Redis first)
process.on('exit', () => {
	for (const w of workerProcs) {
		try {
			process.kill(-w.child.pid, 'SIGKILL');
		} catch {}
	}
	if (tempBase && !CFG.keep) fs.rmSync(tempBase, { recursive: true, force: true });
});

/** `n8n worker` number k; resolves once it logs "n8n worker is now ready". */
async function startWorker(ctx, k, extraEnv = {}) {
	const dir = makeUserFolder(ctx, `worker-${k}`);
	const wenv = n8nEnv(ctx, dir, {
		N8N_PORT: String(await e2e.freePort()),
		N8N_RUNNERS_BROKER_PORT: String(await e2e.freePort()),
		...extraEnv,
	});
	const file = logFile(`worker-${ctx.workerSeq = (ctx.workerSeq || 0) + 1}`);
	const out = fs.createWriteStream(file);
	const child = spawn(e2e.NODE24, [e2e.N8N_BIN, 'worker', `--concurrency=${CFG.concurrency}`], {
		env: wenv,
		cwd: dir,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true,
	});
	const w = { k, name: `worker-${k}`, child, text: '', file, started: Date.now() };
	workerProcs.add(w);
	for (const s of [child.stdout, child.stderr]) {
		s.setEncoding('utf8').on('data', (d) => {
			w.text += d;
			out.write(d);
		});
	}
	w.exited = new Promise((resolve) =>
		child.on('close', (code, signal) => {
			out.end();
			try {
				process.kill(-child.pid, 'SIGKILL'); // a task runner it forked
			} catch {}
			workerProcs.delete(w);
			w.exit = { code, signal };
			resolve(w.exit);
		}),
	);
	/** Execution IDs this worker logged as started / finished. */
	w.startedIds = () => [...w.text.matchAll(/Worker started execution (\d+)/g)].map((m) => m[1]);
	w.finishedIds = () => [...w.text.matchAll(/Worker finished execution (\d+)/g)].map((m) => m[1]);
	w.stop = async () => {
		if (w.exit) return w.exit;
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {}
		const t = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {}
		}, 40000);
		await w.exited;
		clearTimeout(t);
		return w.exit;
	};
	await waitFor(`${w.name} to be ready (log ${file})`, () => {
		if (w.exit) throw new Error(`${w.name} exited (${JSON.stringify(w.exit)}) before it was ready; log ${file}:\n${w.text.slice(-3000)}`);
		return /n8n worker is now ready/.test(w.text);
	}, 180000, 100);
	w.readyMs = Date.now() - w.started;
	return w;
}

async function startWorkers(ctx, count, extraEnv) {
	await stopWorkers(ctx);
	const t = Date.now();
	ctx.workers = await Promise.all(Array.from({ length: count }, (_, k) => startWorker(ctx, k, extraEnv)));
	log(`${count} worker(s) ready in ${secs(Date.now() - t)} (concurrency ${CFG.concurrency} each${extraEnv && extraEnv.QUEUE_WORKER_LOCK_DURATION ? `, Bull lock ${extraEnv.QUEUE_WORKER_LOCK_DURATION} ms, stalled check every ${extraEnv.QUEUE_WORKER_STALLED_INTERVAL} ms` : ''})`);
	return ctx.workers;
}
async function stopWorkers(ctx) {
	if (!ctx.workers || !ctx.workers.length) return;
	const t = Date.now();
	await Promise.all(ctx.workers.map((w) => w.stop()));
	log(`${ctx.workers.length} worker(s) stopped in ${secs(Date.now() - t)}`);
	ctx.workers = [];
}

// ---------------------------------------------------------------------------------------
// n8n's database
async function executionsOf(ctx, workflowId, afterId) {
	return ctx.pg.query(
		'SELECT id, status, finished, mode, "startedAt", "stoppedAt", "createdAt" FROM execution_entity WHERE "workflowId" = $1 AND id > $2 ORDER BY id',
		[workflowId, afterId],
	);
}
async function maxExecutionId(ctx) {
	const rows = await ctx.pg.query('SELECT COALESCE(MAX(id), 0) AS max FROM execution_entity');
	return Number(rows[0].max);
}
/** The run data of executions, parsed (n8n stores it with `flatted`). */
async function runDataOf(ctx, ids) {
	if (!ids.length) return new Map();
	const flatted = require(path.join(e2e.CACHE, 'n8n', 'node_modules', 'flatted'));
	const rows = await ctx.pg.query('SELECT "executionId", data FROM execution_data WHERE "executionId" = ANY($1::int[])', [ids.map(Number)]);
	return new Map(rows.map((r) => [String(r.executionId), flatted.parse(r.data)]));
}
function itemsOfNode(data, name) {
	const tasks = data && data.resultData && data.resultData.runData && data.resultData.runData[name];
	if (!tasks || !tasks.length) return undefined;
	const task = tasks[tasks.length - 1];
	return { task, items: (task.data && task.data.main && task.data.main[0]) || [] };
}

async function fireWebhooks(ctx, hookPath, bodies) {
	const url = `${ctx.main.url}/webhook/${hookPath}`;
	const answers = await Promise.all(
		bodies.map(async (body) => {
			const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
			return { status: res.status, text: await res.text() };
		}),
	);
	const bad = answers.filter((a) => a.status !== 200);
	if (bad.length) throw new Error(`${bad.length} of ${answers.length} webhook calls failed: ${bad[0].status} ${bad[0].text.slice(0, 300)}`);
}

async function waitForExecutions(ctx, workflowId, afterId, count, timeoutMs, label) {
	let rows = [];
	await waitFor(`${count} ${label} executions to finish`, async () => {
		rows = await executionsOf(ctx, workflowId, afterId);
		return rows.length >= count && rows.every((r) => TERMINAL.has(r.status));
	}, timeoutMs, 500).catch((err) => {
		const by = {};
		for (const r of rows) by[r.status] = (by[r.status] || 0) + 1;
		throw new Error(`${err.message}; seen ${rows.length}: ${JSON.stringify(by)}`);
	});
	return rows;
}

// ---------------------------------------------------------------------------------------
// scenario 1 (+ 2's source creations): one measurement
async function loadRun(ctx, workers) {
	const { S1 } = ctx;
	await startWorkers(ctx, workers);
	const ids = ctx.loadIds;
	const per = Math.ceil(ids.length / CFG.executions);
	const bodies = [];
	for (let i = 0; i < ids.length; i += per) bodies.push({ ids: ids.slice(i, i + per) });
	S1.setFaults({ rateLimit: CFG.rate }); // a fresh window for each measurement
	const before = await maxExecutionId(ctx);
	const mark = S1.requests.length;
	const startedAt = Date.now();
	let done = false;
	// scenario 2: sources created during the load, one every 15 s
	const creator = (async () => {
		if (!CFG.scenarios.has('2')) return;
		await sleep(2000);
		while (!done) {
			const n = ctx.created.length + 1;
			const slug = `e2e_queue_trigger_${n}`;
			const source = (await S1.api('POST', '/sources', { slug, name: `E2E Queue Trigger ${n}`, metadataId: SOURCE_TYPE, enabled: true, disconnectAllWarehouses: true })).source;
			ctx.created.push({ id: source.id, slug, t: Date.now(), run: workers });
			for (let waited = 0; waited < CFG.triggerEveryMs && !done; waited += 250) await sleep(250);
		}
	})();
	let rows;
	try {
		await fireWebhooks(ctx, HOOK.load, bodies);
		log(`${workers} worker(s): ${bodies.length} executions of ${per} items fired in ${secs(Date.now() - startedAt)}`);
		const expectMs = (ids.length / ALLOWED_PER_S) * 1000;
		rows = await waitForExecutions(ctx, WF.load, before, bodies.length, Math.max(180000, 4 * expectMs + 60000), 'load');
	} finally {
		done = true;
		await creator;
	}
	const endedAt = Math.max(...rows.map((r) => new Date(r.stoppedAt).getTime()));
	const wallMs = endedAt - startedAt;

	// n8n's view: items out of Get Source, failed ones (On Error: continue -> an item with `error`)
	const data = await runDataOf(ctx, rows.map((r) => r.id));
	let items = 0;
	let failed = 0;
	const failures = {};
	for (const r of rows) {
		const got = itemsOfNode(data.get(String(r.id)), 'Get Source');
		if (!got) continue;
		for (const it of got.items) {
			items += 1;
			if (it.error || !it.json || !it.json.id) {
				failed += 1;
				const msg = (it.error && it.error.message) || (it.json && it.json.error) || 'no id';
				failures[msg] = (failures[msg] || 0) + 1;
			}
		}
	}
	const statuses = {};
	for (const r of rows) statuses[r.status] = (statuses[r.status] || 0) + 1;

	// the sandbox's view, between the first webhook call and the last execution's end
	const reqs = S1.requests.slice(mark).filter((x) => x.method && x.t <= endedAt + 50);
	const isItem = (x) => x.method === 'GET' && /^\/sources\/[^/]+$/.test(x.path);
	const itemReqs = reqs.filter(isItem);
	const ok = itemReqs.filter((x) => x.status === 200);
	const distinctOk = new Set(ok.map((x) => x.path));
	const wanted = new Set(ids.map((id) => `/sources/${id}`));
	const neverOk = [...wanted].filter((p) => !distinctOk.has(p)).length;
	const statusCount = (list, s) => list.filter((x) => x.status === s).length;
	const all2xx = reqs.filter((x) => x.status >= 200 && x.status < 300).length;
	const polls = reqs.filter((x) => x.method === 'GET' && x.path === '/sources');
	const creates = reqs.filter((x) => x.method === 'POST' && x.path === '/sources');
	const perWorker = ctx.workers.map((w) => new Set(w.startedIds().filter((id) => rows.some((r) => String(r.id) === id))).size);
	// The sandbox's fixed windows, rebuilt from the log (setFaults restarted them just before the
	// mark; every authenticated request consumes, 429s included): a window opens with the first
	// request after the previous one's end. A 429 less than 1 s before its window's end came from a
	// process that resumed early (X-RateLimit-Reset and Date have whole seconds); the others were
	// sent into an exhausted window (in flight when it ran out, or from a process that had not seen
	// Remaining 0 yet).
	let windowEnd = -Infinity;
	let windows = 0;
	let early429 = 0;
	for (const x of reqs) {
		if (x.status === 401) continue;
		if (x.t >= windowEnd) {
			windowEnd = x.t + CFG.rate.windowMs;
			windows += 1;
		}
		if (x.status === 429 && isItem(x) && windowEnd - x.t < 1000) early429 += 1;
	}
	const fig = {
		workers,
		executions: rows.length,
		statuses,
		items,
		failed,
		failures,
		neverOk,
		itemRequests: itemReqs.length,
		ok200: ok.length,
		r429: statusCount(itemReqs, 429),
		r429all: statusCount(reqs, 429),
		early429,
		windows,
		otherStatus: itemReqs.filter((x) => x.status !== 200 && x.status !== 429).length,
		wasted: itemReqs.length - distinctOk.size,
		wallMs,
		okPerS: ok.length / (wallMs / 1000),
		share: ok.length / (wallMs / 1000) / ALLOWED_PER_S,
		shareAll: all2xx / (wallMs / 1000) / ALLOWED_PER_S,
		polls: polls.length,
		creates: creates.length,
		perWorker,
		floorMs: Math.max(0, Math.ceil(ids.length / CFG.rate.points) - 1) * CFG.rate.windowMs,
	};
	log(
		`${workers} worker(s): ${fig.executions} executions ${JSON.stringify(statuses)}, spread over the workers ${perWorker.join('/')}; ` +
			`${items} items, ${failed} failed${failed ? ` ${JSON.stringify(failures)}` : ''}; sandbox: ${itemReqs.length} item GETs, ${ok.length} answered 200, ${fig.r429} 429s ` +
			`(${fig.r429 - early429} into an exhausted window, ${early429} in its last second; all requests: ${fig.r429all}; ${windows} windows), ${fig.wasted} wasted, ${neverOk} IDs never answered 200; wall ${secs(wallMs)}; ` +
			`${fig.okPerS.toFixed(2)}/s of ${ALLOWED_PER_S}/s allowed = ${(fig.share * 100).toFixed(1)}% (all 2xx incl. ${polls.length} trigger list requests and ${creates.length} creates: ${(fig.shareAll * 100).toFixed(1)}%)`,
	);
	return fig;
}

// ---------------------------------------------------------------------------------------
// scenario 2: settle the trigger and check its notifications
async function triggerCheck(ctx) {
	const { S1, sink } = ctx;
	const isPoll = (x) => x.method === 'GET' && x.path === '/sources' && !x.query.has('pagination[cursor]');
	const polls = () => S1.requests.filter(isPoll);
	const notified = () => sink.received.filter((x) => x.path === '/notify');
	expect(ctx.created.length > 0, 'no source was created during the load');
	const last = ctx.created[ctx.created.length - 1];
	log(`trigger: ${ctx.created.length} sources created during the load; waiting for their notifications (polls every minute)`);
	const createdIds = new Set(ctx.created.map((c) => c.id));
	await waitFor('a notification for every created source', () => {
		const got = new Set(notified().map((x) => x.body && x.body.sourceId));
		return [...createdIds].every((id) => got.has(id));
	}, Math.max(30000, 150000 - (Date.now() - last.t)), 500).catch((err) => {
		const got = new Set(notified().map((x) => x.body && x.body.sourceId));
		throw new Error(`${err.message}: ${[...createdIds].filter((id) => !got.has(id)).length} of ${createdIds.size} not notified; polls ${polls().map((p) => `${secs(p.t - T0)}->${p.status}`).join(', ')}`);
	});
	// one more poll after the last notification: it must not emit any of them again
	const n = polls().length;
	log(`trigger: all notified; waiting for one more poll (<= 65 s) that must emit nothing`);
	await waitFor('one more poll', () => polls().length > n, 70000, 250);
	await sleep(8000);
	const byId = {};
	for (const x of notified()) byId[x.body && x.body.sourceId] = (byId[x.body && x.body.sourceId] || 0) + 1;
	const twice = Object.entries(byId).filter(([, c]) => c > 1);
	const strangers = Object.keys(byId).filter((id) => !createdIds.has(id));
	const lat = ctx.created.map((c) => notified().find((x) => x.body && x.body.sourceId === c.id).t - c.t);
	const pollList = polls();
	const poll429 = S1.requests.filter((x) => x.method === 'GET' && x.path === '/sources' && x.status === 429).length;
	const latBy = CFG.workers.map((w) => {
		const l = ctx.created.map((c, i) => (c.run === w ? lat[i] : undefined)).filter((x) => x !== undefined);
		return l.length ? `${w} worker(s) ${secs(Math.min(...l))} to ${secs(Math.max(...l))}` : undefined;
	}).filter(Boolean);
	ctx.triggerNote = `${ctx.created.length} sources created during the load, ${notified().length} notifications, each once; ${pollList.length} polls (${poll429} list requests answered 429); creation to notification: ${latBy.join(', ')}`;
	expect(!twice.length, `notified more than once: ${JSON.stringify(twice)}`);
	expect(!strangers.length, `notifications for sources not created during the run: ${strangers.slice(0, 5).join(', ')}`);
	expect(notified().length === createdIds.size, `${notified().length} notifications for ${createdIds.size} sources`);
	return ctx.triggerNote;
}

// ---------------------------------------------------------------------------------------
// scenario 3: a worker killed mid-run
async function killCheck(ctx) {
	const { S3 } = ctx;
	const { executions, items } = CFG.kill;
	const locks = CFG.n8nLocks
		? {}
		: { QUEUE_WORKER_LOCK_DURATION: '20000', QUEUE_WORKER_LOCK_RENEW_TIME: '5000', QUEUE_WORKER_STALLED_INTERVAL: '5000' };
	const workers = await startWorkers(ctx, 2, locks);
	S3.setFaults({ rateLimit: CFG.rate });
	const prefix = `e2e_q3_${Date.now().toString(36)}`;
	const bodies = Array.from({ length: executions }, (_, e) => ({ slugs: Array.from({ length: items }, (_, i) => `${prefix}_e${e}_${i}`) }));
	const total = executions * items;
	const before = await maxExecutionId(ctx);
	const mark = S3.requests.length;
	const writes = () => S3.requests.slice(mark).filter((x) => x.method === 'POST' && x.path === '/sources');
	const startedAt = Date.now();
	await fireWebhooks(ctx, HOOK.write, bodies);
	// kill once every execution has written (the rate limit holds the rest back for a window, so
	// the killed ones are mid-run, with writes behind and ahead of them): the worker holding the
	// most running executions
	const createdIn = (e) => {
		let n = 0;
		for (const src of S3.state.sources.values()) if (src.slug.startsWith(`${prefix}_e${e}_`)) n += 1;
		return n;
	};
	await waitFor('every execution to have written', () => bodies.every((_, e) => createdIn(e) > 0), 120000, 20);
	const running = (w) => w.startedIds().filter((id) => !w.finishedIds().includes(id));
	const victim = [...workers].sort((a, b) => running(b).length - running(a).length)[0];
	const held = running(victim);
	const doneBefore = bodies.map((_, e) => createdIn(e));
	expect(held.length > 0, `no worker holds a running execution after ${writes().length} writes (spread ${workers.map((w) => w.startedIds().length).join('/')})`);
	expect(doneBefore.some((n) => n < items), `every write was done before the kill (${doneBefore.join('/')}): raise E2E_QUEUE_KILL`);
	const survivor = workers.find((w) => w !== victim);
	const at201 = writes().filter((x) => x.status === 201).length;
	process.kill(-victim.child.pid, 'SIGKILL'); // the worker and its task runner, as when its container dies
	const killedAt = Date.now();
	await victim.exited;
	log(`kill: SIGKILL to ${victim.name} (pid ${victim.child.pid}) ${secs(killedAt - startedAt)} after the webhooks, after ${at201} of ${total} writes (per execution ${doneBefore.join('/')}); it held executions ${held.join(', ')}; ${survivor.name} ran ${survivor.startedIds().join(', ')}`);

	const rows = await waitForExecutions(ctx, WF.write, before, executions, CFG.n8nLocks ? 300000 : 180000, 'write');
	const reportedAt = Math.max(...rows.filter((r) => held.includes(String(r.id))).map((r) => new Date(r.stoppedAt || Date.now()).getTime()));
	await sleep(CFG.n8nLocks ? 35000 : 8000); // a second stalled check: nothing may run again
	const data = await runDataOf(ctx, rows.map((r) => r.id));
	const sa = {};
	const lines = [];
	for (const r of rows) {
		const d = data.get(String(r.id));
		const err = d && d.resultData && d.resultData.error;
		const got = itemsOfNode(d, 'Create Source');
		const tag = held.includes(String(r.id)) ? 'killed worker' : 'survivor';
		lines.push(`  execution ${r.id} (${tag}): status ${r.status}, finished ${r.finished}${err ? `, error "${err.message}"` : ''}${got ? `, ${got.items.length} items out of Create Source` : ', Create Source has no run data'}`);
		sa[tag] = sa[tag] || [];
		sa[tag].push({ r, err, got });
	}
	for (const l of lines) log(l);

	// duplicates: in the sandbox (each slug is created once; a second create would be refused
	// with 422 "slug taken") and in n8n (each execution started once, on one worker)
	const w = writes();
	const created = [...S3.state.sources.values()].filter((s) => s.slug.startsWith(prefix));
	const perExec = bodies.map((b, e) => created.filter((s) => s.slug.startsWith(`${prefix}_e${e}_`)).length);
	const starts = {};
	for (const wk of [victim, survivor]) for (const id of wk.startedIds()) starts[id] = (starts[id] || 0) + 1;
	const restarted = Object.entries(starts).filter(([, c]) => c > 1);
	const byStatus = {};
	for (const x of w) byStatus[x.status] = (byStatus[x.status] || 0) + 1;
	ctx.killNote = {
		held,
		statuses: Object.fromEntries(Object.entries(sa).map(([k, v]) => [k, v.map((x) => x.r.status)])),
		errors: [...new Set((sa['killed worker'] || []).map((x) => x.err && x.err.message))],
		reportedAfterMs: reportedAt - killedAt,
		writes: byStatus,
		created: created.length,
		total,
	};
	log(`kill: ${w.length} create requests ${JSON.stringify(byStatus)}, ${created.length} of ${total} sources created; per execution ${perExec.join('/')}; n8n reported the killed executions ${secs(reportedAt - killedAt)} after the kill`);

	expect(held.every((id) => rows.some((r) => String(r.id) === id && (r.status === 'error' || r.status === 'crashed'))), `the killed worker's executions are not all error/crashed: ${JSON.stringify(ctx.killNote.statuses)}`);
	expect((sa.survivor || []).every((x) => x.r.status === 'success' && x.got && x.got.items.length === items), `the survivor's executions did not all succeed with ${items} items`);
	expect(!restarted.length, `executions started more than once: ${JSON.stringify(restarted)}`);
	expect(!byStatus[422], `${byStatus[422]} creates refused with 422 (a slug sent twice: a duplicated write)`);
	expect(created.length === (byStatus[201] || 0), `${created.length} sources in the sandbox for ${byStatus[201] || 0} answers 201`);
	expect(new Set(created.map((s) => s.slug)).size === created.length, 'a slug exists twice');
	const killedExec = bodies.map((_, e) => e).filter((e) => perExec[e] < items);
	return `killed ${victim.name} holding ${held.length} execution(s) (${held.join(', ')}) after ${at201}/${total} writes; n8n marked them ${ctx.killNote.statuses['killed worker'].join(', ')} ("${ctx.killNote.errors.join('" / "')}") ${secs(reportedAt - killedAt)} after the kill; the survivor's ${(sa.survivor || []).length} succeeded; ${created.length} sources for ${byStatus[201] || 0} answers 201, no 422, no execution started twice; ${killedExec.length} execution(s) left partial (${killedExec.map((e) => `${perExec[e]}/${items}`).join(', ')}), not retried`;
}

// ---------------------------------------------------------------------------------------
function table(figs) {
	const head = ['workers', 'executions', 'spread', 'items', 'failed', '429s', '(early)', 'wasted', 'item GETs', 'windows', 'wall', 'floor', '200/s', 'share of allowed', 'share (all 2xx)'];
	const rows = figs.map((f) => [
		String(f.workers), String(f.executions), f.perWorker.join('/'), String(f.items), String(f.failed), String(f.r429), String(f.early429), String(f.wasted),
		String(f.itemRequests), String(f.windows), secs(f.wallMs), secs(f.floorMs), f.okPerS.toFixed(2), `${(f.share * 100).toFixed(1)}%`, `${(f.shareAll * 100).toFixed(1)}%`,
	]);
	const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const fmt = (r) => r.map((c, i) => c.padStart(w[i])).join('  ');
	return [fmt(head), fmt(w.map((n) => '-'.repeat(n))), ...rows.map(fmt)];
}

async function main() {
	log(`n8n queue-mode e2e: ${FULL ? 'FULL' : 'short'} mode; scenarios ${[...CFG.scenarios].sort().join(',')}; ${CFG.sources} sources in ${CFG.executions} executions per run at ${CFG.workers.join(', ')} worker(s) (concurrency ${CFG.concurrency}); rate limit ${CFG.rate.points}/${CFG.rate.windowMs / 1000}s`);
	const ctx = { created: [], workers: [] };
	const closers = [];
	const figs = [];
	try {
		ctx.base = tempBase = services.makeBaseDir('n8n-segment-queue-');
		let t = Date.now();
		[ctx.redis, ctx.pg] = await Promise.all([services.startRedis({ baseDir: ctx.base }), services.startPostgres({ baseDir: ctx.base })]);
		closers.push(() => ctx.redis.stop(), () => ctx.pg.stop());
		log(`redis ${ctx.redis.host}:${ctx.redis.port}, postgres ${ctx.pg.host}:${ctx.pg.port} (initdb + start ${secs(ctx.pg.startMs)}), data in ${ctx.base}`);

		ctx.S1 = await sandbox({ sources: Math.max(CFG.sources, 6), rateLimit: CFG.rate });
		closers.push(() => ctx.S1.close());
		ctx.S3 = await sandbox({ rateLimit: CFG.rate });
		closers.push(() => ctx.S3.close());
		ctx.sink = await startSink();
		closers.push(() => ctx.sink.close());
		ctx.loadIds = [...ctx.S1.state.sources.keys()].slice(0, CFG.sources);
		log(`sandboxes ${ctx.S1.url} (${ctx.S1.state.sources.size} sources; load and trigger), ${ctx.S3.url} (writes); sink ${ctx.sink.url}`);

		// one user folder per n8n process (the CLI commands use the main's), each with a copy of
		// package.json + dist, all made now: a later `npm run build` elsewhere cannot change them
		const mainDir = makeUserFolder(ctx, 'main');
		for (let k = 0; k < Math.max(2, ...CFG.workers); k++) makeUserFolder(ctx, `worker-${k}`);
		const port = await e2e.freePort();
		const mainEnv = n8nEnv(ctx, mainDir, { N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(await e2e.freePort()) });
		t = Date.now();
		let r = await e2e.runN8n(['import:credentials', `--input=${writeJson(ctx, 'creds', [ctx.S1.credential(LOAD_CRED), ctx.S3.credential(WRITE_CRED)])}`], mainEnv, { timeoutMs: 300000 });
		fs.rmSync(path.join(ctx.base, 'creds.json'), { force: true });
		if (r.code !== 0) throw new Error(`import:credentials failed (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
		log(`import:credentials (with Postgres migrations) ${secs(r.ms)}`);
		const wfs = [loadWorkflow(), writeWorkflow(), triggerWorkflow(ctx.sink.url)];
		r = await e2e.runN8n(['import:workflow', `--input=${writeJson(ctx, 'workflows', wfs)}`], mainEnv, { timeoutMs: 300000 });
		if (r.code !== 0) throw new Error(`import:workflow failed (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
		log(`import:workflow ${secs(r.ms)}`);
		// `import:workflow --activeState=fromJson` fails here ("User attempted to activate a workflow
		// without permissions"): publish each one, as the other e2e tests do (side by side)
		t = Date.now();
		await Promise.all(wfs.map(async (wf) => {
			const p = await e2e.runN8n(['publish:workflow', `--id=${wf.id}`], mainEnv, { timeoutMs: 300000 });
			if (p.code !== 0) throw new Error(`publish:workflow --id=${wf.id} failed (exit ${p.code})\n${p.stdout}\n${p.stderr}`);
		}));
		log(`publish:workflow x${wfs.length} ${secs(Date.now() - t)}`);

		t = Date.now();
		ctx.main = await e2e.startServer(mainEnv, { timeoutMs: 180000 });
		closers.splice(2, 0, async () => {
			const out = ctx.main.output();
			await ctx.main.stop();
			fs.writeFileSync(logFile('main'), ctx.main.output() || out);
		});
		await waitFor('the main to activate the workflows', () => /Editor is now accessible/.test(ctx.main.output()), 120000, 200);
		const active = (await ctx.pg.query('SELECT id FROM workflow_entity WHERE "activeVersionId" IS NOT NULL')).map((x) => x.id);
		log(`n8n main (queue mode) up in ${secs(Date.now() - t)} at ${ctx.main.url}; published: ${active.join(', ')}`);
		expect(Object.values(WF).every((id) => active.includes(id)), `not every workflow is published: ${active.join(', ')}`);
		if (CFG.scenarios.has('2')) {
			await waitFor('the trigger\'s activation poll', () => ctx.S1.requests.some((x) => x.method === 'GET' && x.path === '/sources'), 60000, 100);
		}

		if (CFG.scenarios.has('1')) {
			await check(1, `load: ${CFG.sources} sources one by one in ${CFG.executions} executions under ${CFG.rate.points}/${CFG.rate.windowMs / 1000}s, at ${CFG.workers.join(', ')} worker(s)`, async () => {
				for (const n of CFG.workers) figs.push(await loadRun(ctx, n));
				const bad = figs.filter((f) => f.failed || f.neverOk || f.executions !== Math.ceil(CFG.sources / Math.ceil(CFG.sources / CFG.executions)) || f.items !== CFG.sources);
				expect(!bad.length, `failed items at ${bad.map((f) => `${f.workers} worker(s): ${f.failed} failed of ${f.items} items, ${f.neverOk} never 200 ${JSON.stringify(f.failures)}`).join('; ')}`);
				return figs.map((f) => `${f.workers}w ${f.r429} 429s, ${f.wasted} wasted, ${secs(f.wallMs)}, ${(f.share * 100).toFixed(0)}%`).join('; ');
			});
		}
		if (CFG.scenarios.has('2')) {
			await check(2, 'trigger (newSource, example workflow) on the main under the load: each new source emitted once', () => triggerCheck(ctx));
		}
		if (CFG.scenarios.has('3')) {
			await check(3, `a worker killed (SIGKILL) mid-run: ${CFG.kill.executions} executions of ${CFG.kill.items} source creates on 2 workers`, () => killCheck(ctx));
		}
	} catch (err) {
		results.push({ id: '-', title: 'setup', status: 'FAIL', ms: 0, note: err.stack || err.message });
		log(`setup failed: ${err.stack || err.message}`);
	} finally {
		await stopWorkers(ctx).catch(() => {});
		for (const close of closers.reverse()) await close().catch((e) => log(`cleanup: ${e.message}`));
		if (ctx.base) {
			if (CFG.keep) log(`keeping ${ctx.base}`);
			else fs.rmSync(ctx.base, { recursive: true, force: true });
		}
		e2e.killAll();
	}

	console.log('');
	console.log('==================== e2e queue-mode summary ====================');
	if (figs.length) {
		console.log(`scenario 1: ${CFG.sources} sources (Source > Get, one request each) in ${CFG.executions} executions; sandbox limit ${CFG.rate.points} requests / ${CFG.rate.windowMs / 1000} s = ${ALLOWED_PER_S}/s allowed; worker concurrency ${CFG.concurrency}`);
		for (const l of table(figs)) console.log(`  ${l}`);
		console.log('  429s and wasted: item GETs only (wasted = item GETs - distinct sources answered 200); (early) = 429s sent in the last second of their');
		console.log('  window (a pause rounded to whole seconds); windows = rate-limit windows the run used; floor = the fewest seconds the limit allows;');
		console.log('  share = item GETs answered 200 per second / allowed per second; "all 2xx" adds the trigger\'s list requests and the test\'s creates.');
	}
	for (const x of results) console.log(`${x.status.padEnd(4)} ${String(x.id).padEnd(2)} ${secs(x.ms).padStart(7)}  ${x.title}${x.note ? `\n              ${x.note.split('\n')[0]}` : ''}`);
	const failed = results.filter((x) => x.status === 'FAIL').length;
	console.log(`${failed ? 'FAIL' : 'PASS'}: ${results.length - failed} passed, ${failed} failed, total ${secs(Date.now() - T0)}`);
	process.exitCode = failed ? 1 : 0;
}

function writeJson(ctx, name, obj) {
	const f = path.join(ctx.base, `${name}.json`);
	fs.writeFileSync(f, JSON.stringify(obj, null, 2), { mode: 0o600 });
	return f;
}

main().catch((err) => {
	console.error(`${stamp()} error: ${err.stack || err.message}`);
	e2e.killAll();
	process.exitCode = 1;
});
