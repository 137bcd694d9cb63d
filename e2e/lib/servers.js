'use strict';
// The local servers the suite's n8n talks to: sandboxes of the Segment Public API, the sink that
// receives the example workflows' messages, a refusing proxy and a redirector.

const http = require('node:http');
const crypto = require('node:crypto');
const assert = require('node:assert/strict');
const { startSandbox } = require('../../sandbox/server');
const { secs } = require('./report');

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

/**
 * A sandbox with a random token and a timestamped request log. With `workspaces` (see
 * sandbox/README.md), the first takes that token and the others a random one of their own, unless
 * given; credential() and api() take the workspace's index.
 */
async function sandbox(options = {}) {
	const requests = [];
	/** Called with each request once it was answered, before the client can send the next. */
	const hooks = { afterRequest: null };
	const randomToken = () => `e2e-token-${crypto.randomBytes(12).toString('hex')}`;
	const sb = await startSandbox({
		port: 0,
		token: randomToken(),
		...options,
		...(options.workspaces
			? { workspaces: options.workspaces.map((w, i) => (i === 0 || w.token ? w : { ...w, token: randomToken() })) }
			: {}),
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
		/** A credential of this sandbox; `ws` picks a workspace of a `workspaces` sandbox (by its token and slug). */
		credential: (cred, ws = 0) => ({
			...cred,
			type: 'segmentPublicApi',
			data: {
				apiToken: sb.workspaces[ws].token,
				workspaceSlug: sb.workspaces[ws].workspace.slug,
				region: 'custom',
				baseUrl: sb.url,
			},
		}),
		async api(method, p, body, version = 'v1', ws = 0) {
			const res = await fetch(`${sb.url}${p}`, {
				method,
				headers: {
					authorization: `Bearer ${sb.workspaces[ws].token}`,
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

/** Receives the notifications of check 7 and the alerts of the examples. */
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

async function waitFor(label, predicate, timeoutMs, intervalMs = 250) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = predicate();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out after ${secs(timeoutMs)} waiting for ${label}`);
		await new Promise((r) => setTimeout(r, intervalMs));
	}
}

module.exports = { sandbox, startSink, startRefusingProxy, startRedirector, waitFor };
