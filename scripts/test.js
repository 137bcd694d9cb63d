'use strict';
// `npm test`: the type check (tsc) and the unit tests (jest) side by side, since jest spends part
// of its time waiting on sockets; fails when either fails. Arguments go to jest. Dev-only.

const { spawn } = require('node:child_process');
const path = require('node:path');

const BIN = path.resolve(__dirname, '..', 'node_modules', '.bin');

function run(command, args, { buffer }) {
	return new Promise((resolve) => {
		const child = spawn(path.join(BIN, command), args, { stdio: buffer ? 'pipe' : 'inherit' });
		let output = '';
		if (buffer) {
			child.stdout.on('data', (chunk) => (output += chunk));
			child.stderr.on('data', (chunk) => (output += chunk));
		}
		child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
	});
}

async function main() {
	const started = Date.now();
	const [typecheck, jest] = await Promise.all([
		run('tsc', ['--noEmit', '-p', 'tsconfig.test.json'], { buffer: true }),
		run('jest', process.argv.slice(2), { buffer: false }),
	]);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	if (typecheck.code !== 0) {
		process.stdout.write(typecheck.output);
		console.error(`[test] type check failed (tsc exit ${typecheck.code})`);
	} else {
		console.log('[test] type check passed (tsc --noEmit -p tsconfig.test.json)');
	}
	console.log(`[test] done in ${seconds} s`);
	process.exitCode = typecheck.code || jest.code;
}

main();
