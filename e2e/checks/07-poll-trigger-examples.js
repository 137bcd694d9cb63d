'use strict';
// Check 7 (lane A, its own user folder): examples/new-source-notification.json and
// audit-alert.json published and polling under `n8n start`, their HTTP Requests pointed at the
// sink: exactly one notification for a new source, exactly one alert for a deletion, and no second
// notification after a source slid past the cursor between the page requests of a poll.

const fs = require('node:fs');
const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { secs, log } = require('../lib/report');
const { waitFor } = require('../lib/servers');
const { readExample, PKG, SANDBOX_CRED } = require('../lib/workflows');
const { logFile } = require('../lib/runs');

const LANE = 'A';
const TRIGGER_WORKFLOW_ID = 'segNewSourceEx01'; // as in the examples
const AUDIT_ALERT_WORKFLOW_ID = 'segAuditAlertEx1';

module.exports = {
	id: '7',
	title: 'examples new-source-notification.json and audit-alert.json under n8n start (poll triggers)',
	lane: LANE,
	/** Calls ctx.laneAReady() once its `n8n start` is healthy. */
	async run(ctx) {
		const { S3, sink } = ctx;
		const wf = readExample('new-source-notification.json');
		const send = wf.nodes.find((n) => n.name === 'Send Notification');
		assert.ok(send, 'the example has a "Send Notification" node');
		send.parameters.url = `${sink.url}/notify`; // the only change to the example
		const trig = wf.nodes.find((n) => n.type === `${PKG}.segmentPublicApiTrigger`);
		assert.deepEqual(trig.parameters.pollTimes, { item: [{ mode: 'everyMinute' }] });
		// the audit-alert example runs beside it, on the same sandbox: one alert per deletion
		const auditWf = readExample('audit-alert.json');
		const sendAlert = auditWf.nodes.find((n) => n.name === 'Send Alert');
		assert.ok(sendAlert, 'the audit example has a "Send Alert" node');
		sendAlert.parameters.url = `${sink.url}/audit`;
		const atPath = (p) => sink.received.filter((x) => x.path === p);

		const uf = await e2e.prepareUserFolder();
		ctx.userFolders.push(uf);
		log(LANE, `N8N_USER_FOLDER=${uf.dir}`);
		let r = await uf.importCredential(S3.credential(SANDBOX_CRED));
		log(LANE, `import:credentials: ${secs(r.ms)}`);
		r = await uf.importWorkflow([wf, auditWf]);
		log(LANE, `import:workflow: ${secs(r.ms)}`);
		for (const id of [TRIGGER_WORKFLOW_ID, AUDIT_ALERT_WORKFLOW_ID]) {
			r = await uf.n8n(['publish:workflow', `--id=${id}`]);
			log(LANE, `publish:workflow ${id}: exit ${r.code}, ${secs(r.ms)}`);
			assert.equal(r.code, 0, `publish:workflow failed:\n${r.stdout}\n${r.stderr}`);
		}

		// a poll reads 3 pages; its first page request (no cursor) marks it
		const isPoll = (x) => x.method === 'GET' && x.path === '/sources' && !x.query.has('pagination[cursor]');
		const polls = () => S3.requests.filter(isPoll);
		const launched = Date.now();
		const server = await uf.start();
		ctx.servers.push(server);
		let out = '';
		try {
			log(LANE, `n8n start healthy after ${secs(Date.now() - launched)} at ${server.url}`);
			ctx.laneAReady();
			await waitFor('the first poll (on activation)', () => polls().length >= 1, 90000, 20);
			const first = polls()[0];
			log(LANE, `poll 1 (activation) ${secs(first.t - launched)} after launch: GET /sources -> ${first.status}`);
			assert.equal(first.status, 200);
			// the source is created once poll 1 has read all its pages, or poll 1 would already list it
			const pages = () => S3.requests.filter((x) => x.method === 'GET' && x.path === '/sources');
			await waitFor('the last page of poll 1', () => pages().length >= 3, 30000, 20);
			assert.equal(atPath('/notify').length, 0, 'the first poll must not notify about existing sources');

			// and a deletion, through the API so that the audit trail records it: the last of the
			// 2,500 sources, so that the first 2,000 records of the source listing stay where they are
			const removed = [...S3.state.sources.values()].pop();
			const created = (
				await S3.api('POST', '/sources', {
					slug: 'e2e_new_source',
					name: 'E2E New Source',
					metadataId: 'IqDTy1TpoU',
					enabled: true,
					disconnectAllWarehouses: true,
				})
			).source;
			const createdAt = Date.now();
			await S3.api('DELETE', `/sources/${removed.id}`);
			log(LANE, `created source ${created.id} (${created.slug}) in the sandbox ${createdAt - first.t} ms after poll 1; waiting for the next poll (<= 60 s)`);

			// normally the next poll emits it; should the once-a-minute poll have fired in the few ms
			// between poll 1 and the creation, the one after does: allow two minutes
			await waitFor('a notification at the sink', () => atPath('/notify').length >= 1, 135000).catch((error) => {
				const seen = S3.requests.filter((x) => x.t >= createdAt).map((x) => `${x.method} ${x.path}${x.query && x.query.toString() ? `?${x.query}` : ''} -> ${x.status}`);
				throw new Error(`${error.message}; the sink got ${JSON.stringify(sink.received.map((x) => [x.path, x.body]))}; the sandbox saw since the creation: ${JSON.stringify(seen.slice(0, 20))}`);
			});
			const notified = atPath('/notify')[0];
			const emitting = polls().filter((x) => x.t <= notified.t).pop();
			const pollNo = polls().indexOf(emitting) + 1;
			assert.ok(emitting.t > createdAt, 'the notification came from a poll after the creation');
			log(LANE, `poll ${pollNo} ${secs(emitting.t - first.t)} after poll 1 emitted it; notification ${notified.t - emitting.t} ms after that poll`);

			// Poll pollNo+1: once its first page is answered, the first source is deleted, so page 2
			// starts one record later and the source that was first on page 2 is missing from this
			// listing only. Poll pollNo+2 lists it again: it must not be taken for a new source.
			const sandboxSources = S3.state.sources;
			const slid = [...sandboxSources.values()][1000];
			let deleted;
			S3.hooks.afterRequest = (entry) => {
				if (deleted || !isPoll(entry) || polls().length !== pollNo + 1) return;
				deleted = sandboxSources.keys().next().value;
				sandboxSources.delete(deleted);
				S3.hooks.afterRequest = null;
			};
			log(LANE, `waiting for poll ${pollNo + 1}, during which the first source is deleted between its page requests, then poll ${pollNo + 2}`);
			await waitFor(`poll ${pollNo + 1}`, () => polls().length > pollNo, 75000);
			const sliding = polls()[pollNo];
			assert.ok(deleted, 'the source was deleted during the poll');
			await waitFor(`poll ${pollNo + 2}`, () => polls().length > pollNo + 1, 75000);
			const pagesOfSliding = S3.requests.filter((x) => x.method === 'GET' && x.path === '/sources' && x.t >= sliding.t && x.t < polls()[pollNo + 1].t);
			assert.equal(pagesOfSliding.length, 3, `poll ${pollNo + 1} read ${pagesOfSliding.length} pages`);
			await new Promise((res) => setTimeout(res, 3000)); // a run started by that poll would post within this
			const following = polls()[pollNo + 1];
			log(LANE, `poll ${pollNo + 2} ${secs(following.t - sliding.t)} after poll ${pollNo + 1}; source ${slid.id} slid past the cursor in poll ${pollNo + 1}; notifications so far: ${sink.received.length}`);

			assert.equal(atPath('/notify').length, 1, `notifications: ${JSON.stringify(atPath('/notify').map((x) => x.body))}`);
			const alerts = atPath('/audit');
			assert.equal(alerts.length, 1, `audit alerts: ${JSON.stringify(alerts.map((x) => x.body))}`);
			assert.equal(alerts[0].body.resourceId, removed.id);
			assert.ok(alerts[0].body.text.startsWith(`Source Deleted: ${removed.name} (source ${removed.id}) by `), alerts[0].body.text);
			assert.equal(notified.method, 'POST');
			assert.equal(notified.path, '/notify');
			assert.equal(notified.body.sourceId, created.id);
			assert.equal(notified.body.text, `New Segment source: E2E New Source (Javascript), enabled, ID ${created.id}`);
			assert.ok(polls().every((x) => x.status === 200), 'every poll 200');
			const fromN8n = S3.requests.filter((x) => !(x.method === 'POST' && x.path === '/sources') && !(x.method === 'DELETE' && x.path === `/sources/${removed.id}`));
			assert.deepEqual([...new Set(fromN8n.map((x) => `${x.method} ${x.path}`))].sort(), ['GET /audit-events', 'GET /sources'], 'only list requests from n8n');
			return `${polls().length} polls (activation, then +${polls().slice(1).map((x, i) => secs(x.t - polls()[i].t)).join(', +')}), exactly 1 notification: "${notified.body.text}"; no second one after ${slid.id} slid past the cursor; exactly 1 audit alert: "${alerts[0].body.text}"`;
		} finally {
			out = server.output();
			const t = Date.now();
			await server.stop();
			log(LANE, `n8n start stopped in ${secs(Date.now() - t)}`);
			fs.writeFileSync(logFile('n8n-start'), out);
		}
	},
};
