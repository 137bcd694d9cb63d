'use strict';
// Dev-only: a real n8n 2.41.1 on http://127.0.0.1:5678 with this package loaded (symlinked, so a
// rebuild shows after a restart), the sandbox Segment API on 127.0.0.1:4010, a credential
// "Segment sandbox" pointing at it and the example workflows of examples/. Ctrl-C stops everything.
//
//   npm run build && bash e2e/provision.sh && node e2e/start.js
//
// A message sink on 127.0.0.1:8787 prints what the example workflows post to it.
// Env: N8N_E2E_PORT (5678), N8N_E2E_SANDBOX_PORT (4010), N8N_E2E_SINK_PORT (8787), N8N_E2E_DEV_DIR (user folder, kept
// between runs; default <cache>/dev-user). `--fresh` starts from an empty database.
// The first visit asks to create an owner account (stored in the dev user folder only).

const fs = require('node:fs');
const path = require('node:path');
const e2e = require('./lib');

const http = require('node:http');

const PORT = Number(process.env.N8N_E2E_PORT || 5678);
// The notification example posts here; what arrives is printed on this terminal.
const SINK_PORT = Number(process.env.N8N_E2E_SINK_PORT || 8787);
const SANDBOX_PORT = Number(process.env.N8N_E2E_SANDBOX_PORT || 4010);
const DEV_DIR = process.env.N8N_E2E_DEV_DIR || path.join(e2e.CACHE, 'dev-user');
// The example workflows name this credential.
const CRED_ID = 'segmentSandbox1';
const EXAMPLES_DIR = path.join(e2e.REPO, 'examples');

async function main() {
	const t0 = Date.now();
	if (process.argv.includes('--fresh')) fs.rmSync(DEV_DIR, { recursive: true, force: true });
	const firstRun = !fs.existsSync(path.join(DEV_DIR, '.n8n', 'database.sqlite'));

	let sandbox;
	const sandboxFile = path.join(e2e.REPO, 'sandbox', 'server.js');
	if (fs.existsSync(sandboxFile)) {
		sandbox = await require(sandboxFile).startSandbox({ port: SANDBOX_PORT });
		console.log(`[start] sandbox Segment API at ${sandbox.url} (token ${sandbox.token})`);
	} else {
		console.log('[start] no sandbox/server.js: starting n8n without a sandbox credential');
	}

	const sink = await startSink();
	console.log(`[start] message sink at http://127.0.0.1:${SINK_PORT}: what the examples post there is printed here`);

	const uf = await e2e.prepareUserFolder({ dir: DEV_DIR, port: PORT, packageMode: 'link' });
	console.log(`[start] N8N_USER_FOLDER=${uf.dir}`);
	if (sandbox) {
		await uf.importCredential({
			id: CRED_ID,
			name: 'Segment sandbox',
			type: 'segmentPublicApi',
			data: {
				apiToken: sandbox.token,
				workspaceSlug: sandbox.workspace.slug,
				region: 'custom',
				baseUrl: sandbox.url,
			},
		});
	}
	if (firstRun && sandbox) {
		const files = fs.readdirSync(EXAMPLES_DIR).filter((name) => name.endsWith('.json')).sort();
		await uf.importWorkflow(
			files.map((file) => JSON.parse(fs.readFileSync(path.join(EXAMPLES_DIR, file), 'utf8'))),
		);
		console.log(`[start] imported the example workflows: ${files.join(', ')}`);
	}

	const server = await uf.start(
		{ N8N_SECURE_COOKIE: 'false' },
		{ inheritOutput: true, waitForEditor: true },
	);
	console.log(`[start] n8n editor ready at ${server.url} after ${((Date.now() - t0) / 1000).toFixed(1)}s. Ctrl-C stops it.`);
	const { code, signal } = await server.exited;
	if (sandbox) await sandbox.close();
	sink.close();
	console.log(`[start] n8n exited (${signal || code})`);
	process.exitCode = code || 0;
}

/** Prints every request it receives, as a stand-in for Slack or email in the examples. */
function startSink() {
	const server = http.createServer((req, res) => {
		let body = '';
		req.setEncoding('utf8').on('data', (chunk) => (body += chunk));
		req.on('end', () => {
			let shown = body;
			try {
				shown = JSON.stringify(JSON.parse(body), null, 2);
			} catch {}
			console.log(`[sink] ${req.method} ${req.url}\n${shown}`);
			res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
		});
	});
	return new Promise((resolve, reject) => {
		server.once('error', (err) =>
			reject(new Error(`the message sink could not listen on 127.0.0.1:${SINK_PORT}: ${err.message}`)),
		);
		server.listen(SINK_PORT, '127.0.0.1', () => resolve(server));
	});
}

main().catch((err) => {
	console.error(`[start] ${err.stack || err.message}`);
	process.exitCode = 1;
	e2e.killAll();
	process.exit(1);
});
