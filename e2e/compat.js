'use strict';
// Dev-only: the short end-to-end subset on every n8n version of the supported range
// (e2e/versions.json, "compat"), each provisioned into its own cache folder. Needs a build.
//
//   npm run test:compat                    # = npm run build && node e2e/compat.js: every version
//   npm run test:compat -- 1.123.81        # only the versions given
//   node e2e/compat.js --oldest            # only the oldest (what CI runs)
//
// Per version: `bash e2e/provision.sh` with N8N_E2E_N8N_VERSION set (about 8 minutes the first
// time, ~/.cache/n8n-segment-e2e-<version>, the pinned one in ~/.cache/n8n-segment-e2e), then
// `node e2e/suite.js` with E2E_CHECKS set to the subset: the package loads, Source Get, Source Get
// Many with Return All across pages, Source Create with a body, the credential test and the poll
// trigger's activation (checks 2, 12 and 13). Prints which runner each n8n takes for the node's
// operations (its n8n-core runs `customOperations`, or it would hand them to RoutingNode) and a
// table of times and results; exit code 1 when any version failed.

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn, execFileSync } = require('node:child_process');

const HERE = __dirname;
const VERSIONS = require('./versions.json');
const SUBSET = '2,12,13';

const byVersion = (a, b) => a.localeCompare(b, 'en', { numeric: true });
const secs = (ms) => `${(ms / 1000).toFixed(0)} s`;

function chosenVersions(args) {
	const range = [...VERSIONS.compat].sort(byVersion);
	if (args.includes('--oldest')) return [range[0]];
	const given = args.filter((a) => !a.startsWith('--'));
	if (given.length) return given;
	if (process.env.N8N_E2E_N8N_VERSION) return [process.env.N8N_E2E_N8N_VERSION];
	return range;
}

function run(command, args, env) {
	return new Promise((resolve) => {
		const started = Date.now();
		const child = spawn(command, args, { env, stdio: 'inherit' });
		child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), ms: Date.now() - started }));
	});
}

/** 'customOperations' when this n8n's n8n-core runs a node's customOperations, else 'RoutingNode'. */
function runnerOf(env) {
	const [, , cache] = execFileSync('node', [path.join(HERE, 'lib.js'), 'target'], { env, encoding: 'utf8' })
		.trim()
		.split(' ');
	const n8nDir = path.join(cache, 'n8n', 'node_modules', 'n8n');
	const corePkg = require.resolve('n8n-core/package.json', { paths: [n8nDir] });
	const engine = path.join(path.dirname(corePkg), 'dist', 'execution-engine', 'workflow-execute.js');
	const coreVersion = JSON.parse(fs.readFileSync(corePkg, 'utf8')).version;
	const hook = fs.existsSync(engine) && fs.readFileSync(engine, 'utf8').includes('customOperations');
	return `${hook ? 'customOperations' : 'RoutingNode'} (n8n-core ${coreVersion})`;
}

async function main() {
	const versions = chosenVersions(process.argv.slice(2));
	const baseEnv = { ...process.env };
	if (versions.length > 1) delete baseEnv.N8N_E2E_CACHE; // one cache folder per version
	const results = [];
	for (const version of versions) {
		const env = { ...baseEnv, N8N_E2E_N8N_VERSION: version, E2E_CHECKS: SUBSET };
		console.log(`\n==== n8n ${version}: provisioning`);
		const provision = await run('bash', [path.join(HERE, 'provision.sh')], env);
		const result = { version, provisionMs: provision.ms, suiteMs: 0, runner: '-', status: 'FAIL' };
		results.push(result);
		if (provision.code !== 0) {
			result.status = 'FAIL (provisioning)';
			continue;
		}
		result.runner = runnerOf(env);
		console.log(`==== n8n ${version}: the node's operations run through ${result.runner}; checks ${SUBSET}`);
		const suite = await run('node', [path.join(HERE, 'suite.js')], env);
		result.suiteMs = suite.ms;
		result.status = suite.code === 0 ? 'PASS' : 'FAIL';
	}
	console.log(`\n==================== compat summary (checks ${SUBSET}, Node ${VERSIONS.node}, ${os.cpus().length} cores) ====================`);
	console.log('n8n        provision  subset  result  operations run through');
	for (const r of results) {
		console.log(`${r.version.padEnd(10)} ${secs(r.provisionMs).padStart(9)} ${secs(r.suiteMs).padStart(7)}  ${r.status.padEnd(6)}  ${r.runner}`);
	}
	const failed = results.filter((r) => r.status !== 'PASS').length;
	console.log(failed ? `FAIL: ${failed} of ${results.length} versions` : `PASS: ${results.length} versions`);
	process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
	console.error(err.stack || err.message);
	process.exitCode = 1;
});
