'use strict';
// Runs `npm ci` when node_modules is missing or was installed from another package-lock.json, so
// that `npm start` and `npm test` work by themselves on a fresh clone. Dev-only; no dependencies.

const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..');
const LOCKFILE = path.join(REPO, 'package-lock.json');
const STAMP = path.join(REPO, 'node_modules', '.installed-from-lockfile');

function lockfileDigest() {
	return crypto.createHash('sha256').update(fs.readFileSync(LOCKFILE)).digest('hex');
}

function installedDigest() {
	try {
		return fs.readFileSync(STAMP, 'utf8').trim();
	} catch {
		return undefined;
	}
}

/** node_modules installed by hand with `npm ci` before this script existed: npm's own record is newer. */
function installedByHandFromThisLockfile() {
	try {
		const hidden = fs.statSync(path.join(REPO, 'node_modules', '.package-lock.json'));
		return hidden.mtimeMs >= fs.statSync(LOCKFILE).mtimeMs;
	} catch {
		return false;
	}
}

function main() {
	const digest = lockfileDigest();
	const installed = installedDigest();
	if (installed === digest) return;
	if (installed === undefined && installedByHandFromThisLockfile()) {
		fs.writeFileSync(STAMP, `${digest}\n`);
		return;
	}
	const why = fs.existsSync(path.join(REPO, 'node_modules'))
		? 'node_modules was installed from another package-lock.json'
		: 'node_modules is missing';
	console.log(`[install] ${why}: running npm ci (about a minute)`);
	const started = Date.now();
	execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
		cwd: REPO,
		stdio: 'inherit',
	});
	fs.writeFileSync(STAMP, `${digest}\n`);
	console.log(`[install] done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main();
