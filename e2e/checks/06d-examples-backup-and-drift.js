'use strict';
// Check 6d: examples/configuration-backup.json and drift-alert.json, the repository in a temp
// folder (N8N_RESTRICT_FILE_ACCESS_TO set to it) and the alert sent to the sink: a commit per
// backup with a change, no write key anywhere, one drift message naming what changed.

const fs = require('node:fs');
const path = require('node:path');
const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { readExample } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, summarizeRun } = require('../lib/runs');

const LANE = 'B';
const BACKUP_WORKFLOW_ID = 'segConfigBackup1'; // as in the examples
const DRIFT_WORKFLOW_ID = 'segDriftAlert001';

/** The backup and drift examples, with the repository in a temp folder and the alert sent to the sink. */
function backupExamples(repositoryPath, sinkUrl) {
	return ['configuration-backup.json', 'drift-alert.json'].map((file) =>
		e2e.exampleForTests(readExample(file), { repositoryPath, sinkUrl }),
	);
}

module.exports = {
	id: '6d',
	title: 'examples configuration-backup.json and drift-alert.json (snapshot committed to a local Git repository; drift posted as one message)',
	lane: LANE,
	workflows(ctx) {
		ctx.backupRepository = e2e.backupRepository();
		return backupExamples(ctx.backupRepository.dir, ctx.sink.url);
	},
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const { dir: backupRepo, git } = ctx.backupRepository;
		// The Files and Git nodes may only touch the folders n8n allows.
		const env = { N8N_RESTRICT_FILE_ACCESS_TO: backupRepo };
		const file = path.join(backupRepo, 'segment-workspace.json');
		const drifts = () => ctx.sink.received.filter((x) => x.path === '/drift');

		let run = await execute(uf, LANE, BACKUP_WORKFLOW_ID, env);
		expectSuccess(run, BACKUP_WORKFLOW_ID);
		const snapshot = itemsOf(run.run, 'Export Configuration')[0];
		assert.equal(fs.readFileSync(file, 'utf8'), `${JSON.stringify(snapshot, null, 2)}\n`, 'the file is the snapshot');
		const writeKeys = () => [...state.sources.values()].flatMap((s) => s.writeKeys);
		const holdsWriteKey = (text) => writeKeys().filter((key) => text.includes(key));
		assert.deepEqual(holdsWriteKey(fs.readFileSync(file, 'utf8')), [], 'a write key in the committed file');
		assert.ok(snapshot.sources.every((s) => s.writeKeys.every((k) => /^•{8}[0-9a-f]{8}$/.test(k))), 'write keys as fingerprints');
		assert.equal(git('rev-list', '--count', 'HEAD'), '1');
		assert.deepEqual(snapshot.sources.map((x) => x.id), [...state.sources.keys()].sort());

		run = await execute(uf, LANE, DRIFT_WORKFLOW_ID, env);
		expectSuccess(run, DRIFT_WORKFLOW_ID);
		assert.equal(itemsOf(run.run, 'Compare With Workspace').length, 0, 'no drift right after the backup');
		assert.equal(drifts().length, 0);

		const changed = [...state.sources.values()][0];
		await S1.api('PATCH', `/sources/${changed.id}`, { enabled: !changed.enabled });
		await S1.api('POST', `/sources/${changed.id}/writekey`, undefined, 'v1alpha');
		await S1.api('POST', '/labels', { label: { key: 'drift', value: 'e2e' } });
		run = await execute(uf, LANE, DRIFT_WORKFLOW_ID, env);
		expectSuccess(run, DRIFT_WORKFLOW_ID);
		const differences = itemsOf(run.run, 'Compare With Workspace');
		assert.deepEqual(
			differences.map((d) => [d.resourceType, d.id, d.kind, d.changes.map((c) => c.path)]),
			[
				['source', changed.id, 'changed', ['enabled', 'writeKeys']],
				['label', 'drift:e2e', 'added', []],
			],
		);
		assert.deepEqual(holdsWriteKey(JSON.stringify(differences)), [], 'a write key in the differences');
		assert.equal(drifts().length, 1, 'one alert');
		const text = drifts()[0].body.text;
		assert.ok(text.includes(`source "${changed.name}" (${changed.id}) changed: enabled, writeKeys`), text);
		assert.deepEqual(holdsWriteKey(JSON.stringify(drifts()[0].body)), [], 'a write key in the posted message');

		run = await execute(uf, LANE, BACKUP_WORKFLOW_ID, env);
		expectSuccess(run, BACKUP_WORKFLOW_ID);
		assert.equal(git('rev-list', '--count', 'HEAD'), '2');
		const diff = git('show', '--format=', '--unified=0', 'HEAD');
		assert.ok(diff.includes(`"enabled": ${changed.enabled}`), 'the commit holds the change');
		assert.deepEqual(holdsWriteKey(git('log', '-p', '--all')), [], 'a write key in the Git history');

		run = await execute(uf, LANE, BACKUP_WORKFLOW_ID, env);
		const unchanged = run.status === 'success' ? 'an unchanged workspace commits nothing' : `an unchanged workspace: ${summarizeRun(run.run).slice(0, 200)}`;
		assert.equal(git('rev-list', '--count', 'HEAD'), '2', 'no commit without a change');
		return `2 commits for 2 backups with a change between them; drift alert: "${text.split('\n')[1]}"; ${unchanged}`;
	},
};
