'use strict';
// Dev-only end-to-end suite: the built package inside a real n8n 2.41.1, against the local
// Segment Public API sandbox (sandbox/server.js). Asserts on the run JSON of `n8n execute`.
//
//   npm run build && bash e2e/provision.sh && node e2e/suite.js
//   E2E_BENCH=1 node e2e/suite.js          # also check 8 (benchmark figures, printed only)
//   E2E_CHECKS=1,3,7 node e2e/suite.js     # only some checks (development); 6 selects 6a to 6e
//
// One file per check in e2e/checks/ (what it proves is in its name and its first comment), the
// helpers they share in e2e/lib/. This file parses the options, starts the servers, prepares
// lane B's user folder and runs the chosen checks.
//
// Two lanes run side by side, each with its own N8N_USER_FOLDER (so no two n8n processes share
// a database):
//   lane A (checks 7 and 10, side by side, each its own user folder): `n8n start` with the
//                     published example trigger workflows, mostly waiting for the once-a-minute
//                     polls; and `n8n start` with the Segment Event Trigger published.
//   lane B (the other checks): ONE import:credentials, ONE import:workflow (all workflows in one
//                     file), then `n8n execute --id` per workflow, in sequence. It starts once
//                     lane A's n8n is healthy, so that lane A's CLI boots get the 2 cores.
// Wall time 95 to 165 s (lane A: the example polls every minute at a random second, so the poll
// after the activation poll comes 0 to 60 s later, then one more minute); E2E_BENCH adds 60 to
// 200 s to lane B (five pairs of 1,000 GETs; E2E_BENCH_PAIRS changes the number).
// Every process started here (sandboxes, sink, proxy, n8n) is stopped at the end, also on failure.
// Env: N8N_E2E_KEEP=1 keeps the temp user folders; N8N_E2E_CACHE as for provision.sh;
// N8N_E2E_DEBUG=1 prints stack traces of failed checks. The full output of each `n8n execute`
// goes to $TMPDIR/n8n-segment-e2e-suite-<workflow id>.log, that of `n8n start` to
// $TMPDIR/n8n-segment-e2e-suite-n8n-start.log. Exit code 0 only when every check passed.

const { log, stamp, secs, checkSelection, check, failUnrun, printSummary } = require('./lib/report');
const e2e = require('./lib.js');
const { sandbox, startSink, startRefusingProxy, startRedirector } = require('./lib/servers');
const { SANDBOX_CRED, PAGING_CRED, BUILTIN_CRED } = require('./lib/workflows');

const BENCH = process.env.E2E_BENCH === '1';
const ONLY = process.env.E2E_CHECKS
	? new Set(process.env.E2E_CHECKS.split(',').map((s) => s.trim()))
	: undefined;
const BENCH_PAIRS = Math.max(1, Number(process.env.E2E_BENCH_PAIRS || 5));
const wanted = checkSelection(ONLY, BENCH);

// in id order: lane B builds its workflows and credentials in this order
const CHECKS = [
	require('./checks/01-every-resource'),
	require('./checks/02-return-all-across-pages'),
	require('./checks/03-unknown-destination-fails'),
	require('./checks/04-builtin-segment-node-beside-ours'),
	require('./checks/05-credential-in-http-request-node'),
	require('./checks/06a-example-workspace-audit'),
	require('./checks/06b-example-provisioning'),
	require('./checks/06c-example-deletion-request'),
	require('./checks/06d-examples-backup-and-drift'),
	require('./checks/06e-example-destination-health'),
	require('./checks/07-poll-trigger-examples'),
	require('./checks/08-bench'),
	require('./checks/09-redirect-not-followed'),
	require('./checks/10-event-trigger'),
	require('./checks/11-promote-configuration'),
	require('./checks/12-get-and-create'),
	require('./checks/13-start-load-credential-test-activation'),
];
// 12 writes to the demo sandbox and 13 polls it: both after the checks that compare with it
const LANE_B_RUN_ORDER = ['1', '2', '3', '9', '4', '5', '6a', '6b', '6c', '6d', '6e', '11', '8', '12', '13'];

const runCheck = (c, ctx) => check(c.lane, c.id, c.title, () => c.run(ctx));

// ---------------------------------------------------------------------------------------
// lane B: every check but 7, through `n8n execute` in one user folder
async function laneB(ctx, checks) {
	const workflows = checks.flatMap((c) => c.workflows(ctx));
	if (workflows.length) await prepareLaneB(ctx, checks, workflows);
	for (const id of LANE_B_RUN_ORDER) {
		const c = checks.find((x) => x.id === id);
		if (c) await runCheck(c, ctx);
	}
}

/** Lane B's user folder with every credential and workflow its checks run (check 13 has its own). */
async function prepareLaneB(ctx, checks, workflows) {
	const { S1, S2 } = ctx;
	const uf = await e2e.prepareUserFolder();
	ctx.userFolders.push(uf);
	ctx.uf = uf;
	log('B', `N8N_USER_FOLDER=${uf.dir}`);
	const creds = [
		S1.credential(SANDBOX_CRED),
		S2.credential(PAGING_CRED),
		{ ...BUILTIN_CRED, type: 'segmentApi', data: { writekey: 'e2e-write-key' } },
		...checks.flatMap((c) => (c.credentials ? c.credentials(ctx) : [])),
	];
	let r = await uf.importCredential(creds);
	log('B', `import:credentials (${creds.length} in one call): ${secs(r.ms)}`);
	r = await uf.importWorkflow(workflows);
	log('B', `import:workflow (${workflows.length} in one call): ${secs(r.ms)}`);
}

// ---------------------------------------------------------------------------------------
async function main() {
	log('-', `n8n ${e2e.N8N_VERSION} e2e suite; bench ${BENCH ? 'on' : 'off (E2E_BENCH=1)'}${ONLY ? `; only checks ${[...ONLY].join(',')}` : ''}`);
	const ctx = { userFolders: [], servers: [], benchPairs: BENCH_PAIRS };
	const closers = [];
	try {
		ctx.S1 = await sandbox();
		closers.push(ctx.S1.close);
		ctx.S2 = await sandbox({ sources: 2500 });
		closers.push(ctx.S2.close);
		// 2,500 sources: a poll reads 3 pages, so a deletion between two of them shifts the next page
		ctx.S3 = await sandbox({ sources: 2500 });
		closers.push(ctx.S3.close);
		ctx.redirector = await startRedirector();
		closers.push(ctx.redirector.close);
		if (wanted(8)) {
			ctx.S4 = await sandbox({ sources: 10000 });
			closers.push(ctx.S4.close);
		}
		if (wanted(11)) {
			// staging and production: two workspaces of the same demo seed, different IDs
			ctx.S5 = await sandbox({
				workspaces: [
					{ slug: 'acme-staging', name: 'Acme Staging' },
					{ slug: 'acme-production', name: 'Acme Production' },
				],
			});
			closers.push(ctx.S5.close);
		}
		ctx.sink = await startSink();
		closers.push(ctx.sink.close);
		ctx.proxy = await startRefusingProxy();
		closers.push(ctx.proxy.close);
		log('-', `sandboxes ${ctx.S1.url} (demo), ${ctx.S2.url} (2,500 sources), ${ctx.S3.url} (trigger)${ctx.S4 ? `, ${ctx.S4.url} (10,000 sources)` : ''}${ctx.S5 ? `, ${ctx.S5.url} (staging and production)` : ''}; sink ${ctx.sink.url}; proxy ${ctx.proxy.url}`);

		// Lane B waits until lane A's `n8n start` is healthy (or lane A ended): on 2 cores the CLI
		// boots of both lanes would otherwise slow down lane A, which is the longer one.
		const laneAReady = new Promise((resolve) => (ctx.laneAReady = resolve));
		const lanes = [];
		for (const c of CHECKS.filter((x) => x.lane === 'A' && wanted(x.id))) {
			lanes.push(runCheck(c, ctx).finally(() => ctx.laneAReady()));
		}
		if (!lanes.length) ctx.laneAReady();
		const laneBChecks = CHECKS.filter((x) => x.lane === 'B' && wanted(x.id));
		lanes.push(
			laneAReady.then(() => laneB(ctx, laneBChecks)).catch((err) => {
				// a setup failure of lane B (import): every check of it fails
				const why = `lane B setup failed: ${String(err.message).split('\n')[0]}`;
				log('B', `lane B setup failed: ${err.message}`);
				for (const c of laneBChecks) failUnrun(c.id, c.title, why);
			}),
		);
		await Promise.all(lanes);
	} finally {
		for (const s of ctx.servers) await s.stop().catch(() => {});
		for (const close of closers.reverse()) await close().catch(() => {});
		for (const uf of ctx.userFolders) uf.cleanup();
		e2e.killAll();
	}

	const failed = printSummary(ctx);
	process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
	console.error(`${stamp()} suite error: ${err.stack || err.message}`);
	e2e.killAll();
	process.exitCode = 1;
});
