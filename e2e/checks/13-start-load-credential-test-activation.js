'use strict';
// Check 13 (its own user folder, under `n8n start`): the package loads (its three nodes and its
// credential in n8n's node and credential types, no error about it in n8n's log), n8n's credential
// test passes with the sandbox token and fails with a wrong one showing the credential's message,
// and examples/new-source-notification.json, published, polls once on activation and notifies nothing.

const fs = require('node:fs');
const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { secs, log, softAsserts } = require('../lib/report');
const { waitFor } = require('../lib/servers');
const { readExample, PKG, SANDBOX_CRED } = require('../lib/workflows');
const { logFile } = require('../lib/runs');

const LANE = 'B';
const TRIGGER_WORKFLOW_ID = 'segNewSourceEx01'; // as in the example (1.x keeps it)
const WRONG_TOKEN_CRED = { id: 'e2eSegWrongTok01', name: 'Segment sandbox, wrong token' };
const NODE_TYPES = ['segmentPublicApi', 'segmentPublicApiTrigger', 'segmentEventTrigger'].map((n) => `${PKG}.${n}`);
const REFUSED = 'Segment refused the API token.';
// what n8n 1.123 and 2.0 show for a 401 of a credential test: they apply no `rules` of the
// credential's test request to an error of RoutingNode's
const N8N_REFUSED = 'Authorization failed - please check your credentials';

module.exports = {
	id: '13',
	title: 'under n8n start: the package loads, the credential test, the poll trigger on activation',
	lane: LANE,
	workflows: () => [],
	async run(ctx) {
		const { S1, sink } = ctx;
		const wf = readExample('new-source-notification.json');
		wf.nodes.find((n) => n.name === 'Send Notification').parameters.url = `${sink.url}/activation-notify`;
		const good = S1.credential(SANDBOX_CRED);
		const wrong = { ...S1.credential(WRONG_TOKEN_CRED) };
		wrong.data = { ...wrong.data, apiToken: 'e2e-wrong-token' };

		const uf = await e2e.prepareUserFolder();
		ctx.userFolders.push(uf);
		log(LANE, `N8N_USER_FOLDER=${uf.dir}`);
		await uf.importCredential([good, wrong]);
		// 1.x: activated before the start; 2.x: published through the REST API once it runs
		const beforeStart = e2e.N8N_MAJOR < 2;
		if (beforeStart) {
			await uf.importWorkflow(wf);
			await uf.publishWorkflow(TRIGGER_WORKFLOW_ID);
		}

		const isPoll = (x) => x.method === 'GET' && x.path === '/sources';
		const mark = S1.mark();
		const launched = Date.now();
		// /healthz answers before the REST API does; the editor's page comes after it
		const server = await uf.start({}, { waitForEditor: true });
		ctx.servers.push(server);
		try {
			log(LANE, `n8n ${e2e.N8N_VERSION} start serving the editor after ${secs(Date.now() - launched)} at ${server.url}`);
			const rest = await e2e.ownerSession(server.url);
			const activated = beforeStart ? launched : Date.now();
			if (!beforeStart) log(LANE, `published workflow ${await e2e.publishThroughApi(rest, wf)} through the REST API`);
			const checks = softAsserts(LANE);
			const nodeTypes = (await rest('GET', '/types/nodes.json')).map((t) => t.name);
			checks.ok('our nodes are loaded', () => {
				assert.deepEqual(NODE_TYPES.filter((t) => !nodeTypes.includes(t)), []);
				return `${nodeTypes.length} node types, ours among them`;
			});
			const credentialTypes = (await rest('GET', '/types/credentials.json')).map((t) => t.name);
			checks.ok('our credential is loaded', () => assert.ok(credentialTypes.includes('segmentPublicApi')));
			const test = (cred) => rest('POST', '/rest/credentials/test', { credentials: { id: cred.id, name: cred.name, type: cred.type, data: cred.data } });
			const passed = await test(good);
			checks.ok('credential test with the sandbox token', () => assert.equal(passed.status, 'OK', JSON.stringify(passed)));
			const refused = await test(wrong);
			checks.ok('credential test with a wrong token', () => {
				assert.equal(refused.status, 'Error', JSON.stringify(refused));
				assert.ok(refused.message.startsWith(REFUSED) || refused.message === N8N_REFUSED, refused.message);
				return `${refused.message.startsWith(REFUSED) ? "the credential's message" : "n8n's own message"}: ${refused.message}`;
			});

			await waitFor('the activation poll', () => S1.since(mark).some(isPoll), 90000, 20);
			const first = S1.since(mark).find(isPoll);
			log(LANE, `activation poll ${secs(first.t - launched)} after launch${beforeStart ? '' : `, ${secs(first.t - activated)} after publishing`}: GET /sources -> ${first.status}`);
			await new Promise((res) => setTimeout(res, 3000)); // a run started by that poll would post within this
			checks.ok('activation poll', () => assert.equal(first.status, 200));
			checks.ok('nothing notified on activation', () =>
				assert.equal(sink.received.filter((x) => x.path === '/activation-notify').length, 0),
			);
			const ours = server
				.output()
				.split('\n')
				.filter((l) => l.includes(PKG) && /error|skipping|failed|needs n8n/i.test(l));
			checks.ok('no error about the package in the log', () => assert.deepEqual(ours, []));
			checks.done();
			return `3 nodes + credential loaded; credential test OK / "${refused.message.slice(0, 40)}…"; activation poll ${secs(first.t - launched)} after launch`;
		} finally {
			await server.stop();
			fs.writeFileSync(logFile('n8n-start-12'), server.output());
		}
	},
};
