'use strict';
// Dev-only: throwaway Redis and PostgreSQL servers for e2e/queue.js (n8n in queue mode).
// Each runs as a child of this process, bound to 127.0.0.1 on a free port, with its data in a
// temp folder that is removed when it stops. Both are stopped on exit, also on failure or Ctrl-C
// (the 'exit' handler stops them synchronously). Postgres refuses to run as root: initdb and the
// server run as the `postgres` user (setuid through child_process), password auth on TCP.
//
//   const { startRedis, startPostgres } = require('./queue-services');
//   const redis = await startRedis();       // { host, port, dir, stop(), output() }
//   const pg = await startPostgres();       // { host, port, user, password, database, dir, stop(), query(sql) }
//
// Binaries: redis-server on PATH, postgres/initdb from /usr/lib/postgresql/<newest>/bin (Debian);
// `bash e2e/queue-provision.sh` installs them. Plain CommonJS, Node >= 18; the `pg` client comes
// from the n8n install in the e2e cache.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, spawnSync, execFileSync } = require('node:child_process');
const e2e = require('./lib');

const running = new Set(); // { name, child, emergencyStop() }

function sleepSync(ms) {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
}
process.on('exit', () => {
	for (const s of running) {
		try {
			s.emergencyStop();
		} catch {}
	}
});

function pgBinDir() {
	const base = '/usr/lib/postgresql';
	const versions = fs.existsSync(base)
		? fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, 'bin', 'postgres')))
		: [];
	versions.sort((a, b) => Number(a) - Number(b));
	if (!versions.length) throw new Error('no PostgreSQL server in /usr/lib/postgresql: run `bash e2e/queue-provision.sh`');
	return path.join(base, versions.pop(), 'bin');
}

function postgresUser() {
	if (process.getuid() !== 0) return undefined; // not root: run as ourselves
	const out = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
	const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
	return { uid: Number(out), gid: Number(gid) };
}

/** Base temp folder for one run: traversable by the postgres user, listable only by us. */
function makeBaseDir(prefix) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	fs.chmodSync(dir, 0o711);
	return dir;
}

function waitForLine(child, getOutput, re, timeoutMs, label) {
	return new Promise((resolve, reject) => {
		const t0 = Date.now();
		const tick = () => {
			if (re.test(getOutput())) return resolve(Date.now() - t0);
			if (child.exitCode !== null || child.signalCode !== null) {
				return reject(new Error(`${label} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${getOutput()}`));
			}
			if (Date.now() - t0 > timeoutMs) return reject(new Error(`${label} not ready after ${timeoutMs} ms:\n${getOutput()}`));
			setTimeout(tick, 50);
		};
		tick();
	});
}

function exitedPromise(child) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		child.once('close', () => resolve());
	});
}

/** Redis on 127.0.0.1, no persistence, data folder under a temp dir. */
async function startRedis({ port, baseDir } = {}) {
	const own = !baseDir;
	const base = baseDir || makeBaseDir('n8n-segment-queue-redis-');
	const dir = path.join(base, 'redis');
	fs.mkdirSync(dir, { recursive: true });
	port = port || (await e2e.freePort());
	const args = [
		'--port', String(port), '--bind', '127.0.0.1', '--protected-mode', 'yes', '--dir', dir,
		'--save', '', '--appendonly', 'no', '--daemonize', 'no', '--logfile', '', '--loglevel', 'notice',
	];
	const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let out = '';
	child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
	child.stderr.setEncoding('utf8').on('data', (d) => (out += d));
	const exited = exitedPromise(child);
	const entry = {
		name: 'redis',
		child,
		emergencyStop() {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {}
			if (own) fs.rmSync(base, { recursive: true, force: true });
		},
	};
	running.add(entry);
	const ms = await waitForLine(child, () => out, /Ready to accept connections/, 20000, 'redis-server');
	return {
		host: '127.0.0.1',
		port,
		dir,
		startMs: ms,
		output: () => out,
		async stop() {
			if (child.exitCode === null && child.signalCode === null) {
				try {
					process.kill(child.pid, 'SIGTERM');
				} catch {}
				const t = setTimeout(() => entry.emergencyStop(), 10000);
				await exited;
				clearTimeout(t);
			}
			running.delete(entry);
			if (own) fs.rmSync(base, { recursive: true, force: true });
		},
	};
}

/**
 * A fresh PostgreSQL cluster (initdb) on 127.0.0.1:<free port>, fsync off (throwaway data),
 * superuser `postgres` with a random password (scram on TCP), database `database` created.
 */
async function startPostgres({ port, baseDir, database = 'n8n' } = {}) {
	const own = !baseDir;
	const base = baseDir || makeBaseDir('n8n-segment-queue-pg-');
	const bin = pgBinDir();
	const user = postgresUser();
	const asUser = user ? { uid: user.uid, gid: user.gid } : {};
	const dataDir = path.join(base, 'pgdata');
	const sockDir = path.join(base, 'pgsock');
	const logFile = path.join(base, 'postgres.log');
	for (const d of [dataDir, sockDir]) {
		fs.mkdirSync(d, { recursive: true, mode: 0o700 });
		if (user) fs.chownSync(d, user.uid, user.gid);
	}
	port = port || (await e2e.freePort());
	const t0 = Date.now();
	const password = crypto.randomBytes(18).toString('base64url');
	const pwFile = path.join(base, 'pgpass');
	fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
	if (user) fs.chownSync(pwFile, user.uid, user.gid);
	const r = spawnSync(
		path.join(bin, 'initdb'),
		['-D', dataDir, '-U', 'postgres', `--pwfile=${pwFile}`, '--auth-local=peer', '--auth-host=scram-sha-256', '-E', 'UTF8', '--locale=C', '--no-sync'],
		{ ...asUser, encoding: 'utf8', cwd: base },
	);
	fs.rmSync(pwFile, { force: true });
	if (r.status !== 0) throw new Error(`initdb failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
	const initMs = Date.now() - t0;
	const args = [
		'-D', dataDir, '-p', String(port), '-k', sockDir,
		'-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off', '-c', 'synchronous_commit=off',
		'-c', 'full_page_writes=off', '-c', 'max_connections=200', '-c', `logging_collector=off`,
	];
	const logFd = fs.openSync(logFile, 'a');
	if (user) fs.fchownSync(logFd, user.uid, user.gid);
	const child = spawn(path.join(bin, 'postgres'), args, { ...asUser, cwd: base, stdio: ['ignore', logFd, logFd], detached: true });
	fs.closeSync(logFd);
	const exited = exitedPromise(child);
	const entry = {
		name: 'postgres',
		child,
		emergencyStop() {
			// immediate shutdown: the postmaster ends its backends and removes its shared memory
			if (alive(child.pid)) {
				try {
					process.kill(child.pid, 'SIGQUIT');
				} catch {}
				for (let i = 0; i < 100 && alive(child.pid); i++) sleepSync(50);
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {}
			}
			if (own) fs.rmSync(base, { recursive: true, force: true });
		},
	};
	running.add(entry);
	const { Client } = require(path.join(e2e.CACHE, 'n8n', 'node_modules', 'pg'));
	const conn = { host: '127.0.0.1', port, user: 'postgres', password };
	const deadline = Date.now() + 30000;
	for (;;) {
		const c = new Client({ ...conn, database: 'postgres' });
		try {
			await c.connect();
			const r = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
			if (!r.rowCount) await c.query(`CREATE DATABASE "${database}"`);
			await c.end();
			break;
		} catch (err) {
			await c.end().catch(() => {});
			if (child.exitCode !== null || Date.now() > deadline) {
				entry.emergencyStop();
				running.delete(entry);
				const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8') : '';
				throw new Error(`postgres did not accept connections: ${err.message}\n${log}`);
			}
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	const startMs = Date.now() - t0;
	/** One client per call: query(sql, params) → rows. */
	async function query(sql, params) {
		const c = new Client({ ...conn, database });
		await c.connect();
		try {
			return (await c.query(sql, params)).rows;
		} finally {
			await c.end().catch(() => {});
		}
	}
	async function stop() {
		if (child.exitCode === null && child.signalCode === null) {
			try {
				process.kill(child.pid, 'SIGINT'); // fast shutdown
			} catch {}
			const t = setTimeout(() => entry.emergencyStop(), 15000);
			await exited;
			clearTimeout(t);
		}
		running.delete(entry);
	}
	return {
		host: '127.0.0.1',
		port,
		user: 'postgres',
		password,
		database,
		dir: base,
		dataDir,
		initMs,
		startMs,
		logFile,
		query,
		stop: async () => {
			await stop();
			if (own) fs.rmSync(base, { recursive: true, force: true });
		},
	};
}

module.exports = { startRedis, startPostgres, makeBaseDir, pgBinDir };
