'use strict';
// Check 11: examples/promote-configuration.json and restore-backup.json against one sandbox serving
// two workspaces (staging = the first token, production = the second, drifted over the Public API
// as test/…/applyConfiguration.spec.ts does). The promote runs under `n8n execute` until its Wait
// node (status `waiting`, the plan posted to the sink), then `n8n start` in the same user folder
// resumes it through the approval URL the plan carries, as an approver would; the finished
// execution is read through n8n's REST API. Asserted: the plan, production matching staging by
// natural key afterwards with the Order Webhook's secret (Secret Values from $env) in the sandbox
// and in no execution data, sink payload or file of the user folder, and an empty second plan.
// Then restore-backup.json, after configuration-backup.json committed production and production
// changed: the plan names the change and nothing is written.

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { log, secs } = require('../lib/report');
const { readExample } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, logFile, restSession, restExecution } = require('../lib/runs');

const LANE = 'B';
const PROMOTE_WORKFLOW_ID = 'segPromoteConfig'; // as in the examples
const RESTORE_WORKFLOW_ID = 'segRestoreBackup';
const BACKUP_WORKFLOW_ID = 'e2eBackupProduct'; // configuration-backup.json on production, beside 6d's
const STAGING_CRED = { id: 'segmentStaging1', name: 'Segment staging' }; // as in the example
const PRODUCTION_CRED = { id: 'segmentProduction1', name: 'Segment production' };
const SECRET = `whsec-e2e-${crypto.randomBytes(12).toString('hex')}`;
const STAGING = 0;
const PRODUCTION = 1;
const OUR_CREDENTIALS = (wf) => wf.nodes.filter((n) => n.credentials && n.credentials.segmentPublicApi);

/** A workspace's configuration by natural key, the parts the promote applies. */
function byNaturalKey(state) {
	const slugOf = (id) => (state.sources.get(id) || { slug: `?${id}` }).slug;
	return {
		sources: Object.fromEntries([...state.sources.values()].map((s) => [s.slug, { name: s.name, enabled: s.enabled }])),
		destinations: Object.fromEntries(
			[...state.destinations.values()].map((d) => [`${slugOf(d.sourceId)}/${d.name}`, { enabled: d.enabled, metadataId: d.metadataId }]),
		),
		trackingPlans: Object.fromEntries(
			[...state.trackingPlans.values()].map((p) => [p.name, { rules: p.rules.length, sources: [...p.sourceIds].map(slugOf).sort() }]),
		),
	};
}
/** Everything a workspace's state holds, for "nothing changed" (Maps and Sets as arrays). */
const dump = (state) => JSON.stringify(state, (_, v) => (v instanceof Map || v instanceof Set ? [...v] : v));

/** Every file under dir holding text (any occurrence of it, also in binary files such as SQLite's). */
function filesHolding(dir, text) {
	const found = [];
	const walk = (d) => {
		for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, entry.name);
			if (entry.isDirectory()) walk(p);
			else if (entry.isFile() && fs.readFileSync(p).includes(text)) found.push(path.relative(dir, p));
		}
	};
	walk(dir);
	return found;
}

module.exports = {
	id: '11',
	title: 'examples promote-configuration.json (plan, approval through the Wait webhook under n8n start, apply) and restore-backup.json (plan only)',
	lane: LANE,
	workflows(ctx) {
		ctx.restoreRepository = e2e.backupRepository();
		const repositoryPath = ctx.restoreRepository.dir;
		const promote = e2e.exampleForTests(readExample('promote-configuration.json'), { sinkUrl: ctx.sink.url });
		const restore = e2e.exampleForTests(readExample('restore-backup.json'), { sinkUrl: ctx.sink.url, repositoryPath });
		const backup = e2e.exampleForTests(readExample('configuration-backup.json'), { repositoryPath });
		Object.assign(backup, { id: BACKUP_WORKFLOW_ID, name: `${backup.name} (production, check 11)` });
		// the restore and backup examples use the one sandbox credential: here, production's
		for (const n of [...OUR_CREDENTIALS(restore), ...OUR_CREDENTIALS(backup)]) n.credentials.segmentPublicApi = { ...PRODUCTION_CRED };
		return [promote, restore, backup];
	},
	credentials: (ctx) => [ctx.S5.credential(STAGING_CRED, STAGING), ctx.S5.credential(PRODUCTION_CRED, PRODUCTION)],
	async run(ctx) {
		const { uf, S5: S, sink } = ctx;
		const staging = S.workspaces[STAGING].state;
		const production = S.workspaces[PRODUCTION].state;
		const prodApi = (method, p, body) => S.api(method, p, body, 'v1alpha', PRODUCTION);
		const at = (p) => sink.received.filter((x) => x.path === p);
		const writesSince = (mark) => S.since(mark).filter((x) => x.method && x.method !== 'GET');
		// $env for Secret Values: blocked by default in n8n 2.x
		const env = { N8N_BLOCK_ENV_ACCESS_IN_NODE: 'false', ORDER_WEBHOOK_SECRET: SECRET };

		// production drifted: Acme Website renamed and disabled, Order Webhook and Backend Events gone
		const find = (map, pred) => [...map.values()].find(pred);
		await prodApi('PATCH', `/sources/${find(production.sources, (s) => s.slug === 'acme_website').id}`, { name: 'Acme Web (old)', enabled: false });
		await prodApi('DELETE', `/destinations/${find(production.destinations, (d) => d.name === 'Order Webhook').id}`);
		await prodApi('DELETE', `/tracking-plans/${find(production.trackingPlans, (p) => p.name === 'Backend Events').id}`);
		assert.notDeepEqual(byNaturalKey(production), byNaturalKey(staging), 'production drifted');

		// 1. plan, posted, then waiting for approval; nothing written
		let mark = S.mark();
		let run = await execute(uf, LANE, PROMOTE_WORKFLOW_ID, env);
		assert.equal(run.status, 'waiting', `the run waits for approval; output in ${logFile(PROMOTE_WORKFLOW_ID)}`);
		const plan = itemsOf(run.run, 'Plan Changes');
		const summary = (items) => items.map((c) => `${c.step} ${c.action} ${c.kind} ${c.key} ${c.status}`);
		assert.deepEqual(summary(plan), [
			'1 update source acme_website planned',
			'2 create destination acme_backend/Order Webhook planned',
			'3 create subscription acme_backend/Order Webhook/Orders to fulfilment planned',
			'4 create trackingPlan Backend Events planned',
			'5 connect trackingPlan Backend Events planned',
		]);
		assert.deepEqual(writesSince(mark), [], 'no write before the approval');
		assert.equal(at('/plan').length, 1, 'one plan posted');
		const posted = at('/plan')[0].body;
		assert.deepEqual(posted.plan.map((c) => `${c.step} ${c.action} ${c.kind} ${c.key} ${c.status}`), summary(plan));
		assert.ok(posted.text.includes('5 changes') && posted.text.includes('update source "acme_website": name, enabled'), posted.text);
		const approve = new URL(posted.approveUrl);
		const executionId = approve.pathname.split('/').pop();
		assert.match(approve.pathname, /^\/webhook-waiting\/\d+$/);
		assert.ok(approve.searchParams.get('signature'), `the approval URL is signed: ${posted.approveUrl}`);

		// 2. the approval: n8n start in the same user folder, the signed URL POSTed as an approver would
		let t = Date.now();
		const server = await uf.start(env, { waitForEditor: true });
		ctx.servers.push(server);
		let applied;
		let finished;
		try {
			log(LANE, `   n8n start healthy after ${secs(Date.now() - t)}; approving execution ${executionId}`);
			t = Date.now();
			const unsigned = await fetch(`${server.url}${approve.pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"approved":false}' });
			assert.notEqual(unsigned.status, 200, 'an approval without the signature is refused');
			mark = S.mark();
			const res = await fetch(`${server.url}${approve.pathname}${approve.search}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"approved":true}' });
			assert.equal(res.status, 200, `resume: ${res.status} ${await res.text()}`);
			const rest = await restSession(server.url);
			finished = await restExecution(rest, executionId);
			log(LANE, `   execution ${executionId} ${finished.status} ${secs(Date.now() - t)} after the approval`);
			assert.equal(finished.status, 'success', `the approved execution: ${finished.text.slice(0, 600)}`);
			applied = itemsOf(finished.run, 'Apply Changes');
		} finally {
			t = Date.now();
			await server.stop();
			fs.writeFileSync(logFile('n8n-start-11'), server.output());
			log(LANE, `   n8n start stopped in ${secs(Date.now() - t)}`);
		}
		assert.deepEqual(summary(applied), summary(plan).map((line) => line.replace(/planned$/, 'done')));
		const writes = writesSince(mark).map((x) => `${x.method} ${x.path.replace(/\/[A-Za-z0-9_]{16,}/g, '/:id')}`);
		assert.deepEqual(writes, [
			'PATCH /sources/:id',
			'POST /destinations',
			'POST /destinations/:id/subscriptions',
			'POST /tracking-plans',
			'PATCH /tracking-plans/:id/rules',
			'POST /tracking-plans/:id/sources',
		]);
		assert.deepEqual(byNaturalKey(production), byNaturalKey(staging), 'production matches staging by natural key');
		const webhook = find(production.destinations, (d) => d.name === 'Order Webhook');
		assert.deepEqual(webhook.settings, { sharedSecret: SECRET }, 'the secret given in Secret Values is in the sandbox');
		assert.equal(at('/promoted').length, 1, 'one result posted');
		assert.ok(at('/promoted')[0].body.text.startsWith('*Promoted staging to production: 5 changes*'), at('/promoted')[0].body.text);

		// the secret: in no execution data (REST), run JSON, sink payload, nor any file of the user folder
		assert.ok(!finished.text.includes(SECRET), 'the secret in the execution data');
		assert.ok(!run.stdout.includes(SECRET), 'the secret in the run JSON of the plan');
		assert.ok(!JSON.stringify(sink.received).includes(SECRET), 'the secret in a sink payload');
		assert.deepEqual(filesHolding(uf.dir, SECRET), [], 'files of the user folder holding the secret');

		// 3. a second plan: nothing to change, nothing posted, no wait
		mark = S.mark();
		run = await execute(uf, LANE, PROMOTE_WORKFLOW_ID, env);
		expectSuccess(run, PROMOTE_WORKFLOW_ID);
		assert.deepEqual(itemsOf(run.run, 'Plan Changes'), [], 'a second plan is empty');
		assert.equal(run.run.data.resultData.runData['Post Plan'], undefined, 'nothing posted');
		assert.equal(at('/plan').length, 1);
		assert.deepEqual(writesSince(mark), []);

		// 4. restore-backup.json: production backed up, then changed; the plan names the change, writes nothing
		const fileEnv = { N8N_RESTRICT_FILE_ACCESS_TO: ctx.restoreRepository.dir };
		run = await execute(uf, LANE, BACKUP_WORKFLOW_ID, fileEnv);
		expectSuccess(run, BACKUP_WORKFLOW_ID);
		assert.equal(ctx.restoreRepository.git('rev-list', '--count', 'HEAD'), '1', 'the backup is committed');
		const ios = find(production.sources, (s) => s.slug === 'acme_ios');
		await prodApi('PATCH', `/sources/${ios.id}`, { name: 'Acme iOS (renamed)', enabled: false });
		const before = dump(production);
		mark = S.mark();
		run = await execute(uf, LANE, RESTORE_WORKFLOW_ID, fileEnv);
		expectSuccess(run, RESTORE_WORKFLOW_ID);
		const restorePlan = itemsOf(run.run, 'Plan Restore');
		assert.deepEqual(
			restorePlan.map((c) => [c.action, c.kind, c.key, c.id, c.status, c.changes]),
			[['update', 'source', 'acme_ios', ios.id, 'planned', [{ path: 'name', current: 'Acme iOS (renamed)', wanted: 'Acme iOS' }, { path: 'enabled', current: false, wanted: true }]]],
		);
		assert.equal(at('/restore-plan').length, 1, 'one restore plan posted');
		assert.ok(at('/restore-plan')[0].body.text.includes('update source "acme_ios": name, enabled'), at('/restore-plan')[0].body.text);
		assert.deepEqual(writesSince(mark), [], 'the restore plan writes nothing');
		assert.equal(dump(production), before, 'production unchanged by the restore plan');

		return `plan of ${plan.length} changes posted, execution ${executionId} waited and was approved through its signed resume URL under n8n start (an unsigned one refused), ${writes.length} writes; production matches staging by natural key, the secret only in the sandbox; second plan empty; restore plan: ${restorePlan.map((c) => `${c.action} ${c.kind} ${c.key}`).join(', ')}, nothing written`;
	},
};
