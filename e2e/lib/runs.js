'use strict';
// `n8n execute` for the suite and what its checks read from a run JSON.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');
const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { secs, log } = require('./report');

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
async function execute(uf, lane, id, env = {}, { timeoutMs = 300000 } = {}) {
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

/**
 * n8n 2.0's `n8n execute` prints the run before it records its end: status `running`, yet
 * `finished` and every node's task `success`. Such a run counts as successful.
 */
function succeeded(r) {
	if (r.code !== 0) return false;
	if (r.status === 'success') return true;
	const tasks = Object.values((r.run.data && r.run.data.resultData.runData) || {}).map((t) => t[t.length - 1]);
	return r.status === 'running' && r.run.finished === true && !r.run.data.resultData.error && tasks.length > 0 && tasks.every((t) => t.executionStatus === 'success');
}

function expectSuccess(r, id) {
	if (!succeeded(r)) {
		throw new Error(`run of ${id} ended ${r.status} (exit ${r.code}); output in ${logFile(id)}\n${summarizeRun(r.run)}`);
	}
}
const sameIds = (label, got, want) =>
	assert.deepEqual(got, want, `${label}: got ${JSON.stringify(got).slice(0, 200)}, want ${JSON.stringify(want).slice(0, 200)}`);
const listRequests = (reqs, p) => reqs.filter((r) => r.method === 'GET' && r.path === p);

const OWNER = { email: 'owner@e2e.invalid', firstName: 'E2E', lastName: 'Owner', password: 'E2e-owner-Passw0rd' };

/** Logs in as a fresh owner (POST /rest/owner/setup) and returns a REST caller with its cookie. */
async function restSession(url) {
	const browserId = crypto.randomUUID();
	const setup = await fetch(`${url}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', 'browser-id': browserId },
		body: JSON.stringify(OWNER),
	});
	assert.equal(setup.status, 200, `owner setup: ${setup.status} ${await setup.text()}`);
	const cookie = (setup.headers.getSetCookie ? setup.headers.getSetCookie() : [setup.headers.get('set-cookie')])
		.map((c) => String(c).split(';')[0])
		.join('; ');
	return async (method, p, body) => {
		const res = await fetch(`${url}/rest${p}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': browserId, cookie },
			body: body ? JSON.stringify(body) : undefined,
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`n8n ${method} /rest${p} -> ${res.status} ${text.slice(0, 300)}`);
		return JSON.parse(text);
	};
}

/**
 * An execution read through n8n's REST API (a restSession under `n8n start`) once it has left
 * `new`/`running`/`waiting` (or not after timeoutMs): `{status, run, text}`, run shaped as the run
 * JSON of `n8n execute` (its `data` parsed from n8n's `flatted` storage), text the whole REST answer.
 */
async function restExecution(rest, id, { timeoutMs = 60000 } = {}) {
	const flatted = require(path.join(e2e.CACHE, 'n8n', 'node_modules', 'flatted'));
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const { data: execution } = await rest('GET', `/executions/${id}`);
		if (!['new', 'running', 'waiting'].includes(execution.status) || Date.now() > deadline) {
			const run = { ...execution, data: flatted.parse(execution.data) };
			return { status: execution.status, run, text: JSON.stringify(run) };
		}
		await new Promise((r) => setTimeout(r, 250));
	}
}

module.exports = { execute, taskOf, itemsOf, summarizeRun, logFile, expectSuccess, sameIds, listRequests, restSession, restExecution };
