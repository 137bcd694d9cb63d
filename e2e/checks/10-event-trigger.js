'use strict';
// Check 10 (lane A, its own user folder and sandbox): the Segment Event Trigger published under
// `n8n start`. Activation creates its Webhooks (Actions) destination in the sandbox; events sent
// through the sandbox's Tracking API reach the sink, each filtered event through exactly one
// execution with its fields and the others through none; a forged or unsigned request gets 401
// and starts nothing, a replayed delivery (same messageId) starts nothing; the delivery-to-
// execution latency over 100 events is measured (median and max, printed); unpublishing deletes
// the destination.

const fs = require('node:fs');
const crypto = require('node:crypto');
const assert = require('node:assert/strict');
const e2e = require('../lib.js');
const { secs, log } = require('../lib/report');
const { sandbox, waitFor } = require('../lib/servers');
const { PKG, SANDBOX_CRED, node, rl, fanOut, workflow, httpRequestNode } = require('../lib/workflows');
const { logFile, restSession } = require('../lib/runs');

const LANE = 'A';
const WORKFLOW_ID = 'e2eEventTrigger1';
const WORKFLOW_NAME = 'E2E event trigger';
const WEBHOOK_ID = '0e2e0010-5e9e-4e70-8000-000000000010';
const WEBHOOKS_METADATA_ID = '614a3c7d791c91c41bae7599';
const LATENCY_EVENTS = 100;

const median = (values) => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

module.exports = {
	id: '10',
	title: 'Segment Event Trigger under n8n start: destination, filtered events, forged requests, latency, cleanup',
	lane: LANE,
	async run(ctx) {
		const { sink } = ctx;
		const S = await sandbox();
		try {
			const webhookSources = new Set([...S.state.destinations.values()].filter((d) => d.metadataId === WEBHOOKS_METADATA_ID).map((d) => d.sourceId));
			const source = [...S.state.sources.values()].find((s) => s.enabled && !webhookSources.has(s.id));
			assert.ok(source, 'a sandbox source without a webhook destination');

			const trigger = node(
				'Segment Event Trigger',
				`${PKG}.segmentEventTrigger`,
				{ sourceId: rl(source.id), calls: ['track', 'identify'], eventNames: 'Order Completed', advancedCondition: '' },
				{ webhookId: WEBHOOK_ID, credentials: { segmentPublicApi: { ...SANDBOX_CRED } } },
			);
			const post = httpRequestNode('Post Event', {
				method: 'POST',
				url: `${sink.url}/events`,
				sendBody: true,
				specifyBody: 'json',
				jsonBody:
					'={{ JSON.stringify({ messageId: $json.messageId, type: $json.type, event: $json.event, userId: $json.userId, total: $json.properties?.total, plan: $json.traits?.plan, execution: $execution.id }) }}',
				options: {},
			});
			const wf = workflow(WORKFLOW_ID, WORKFLOW_NAME, [trigger, post], fanOut(trigger.name, [post.name]));
			const atEvents = () => sink.received.filter((x) => x.path === '/events');

			const uf = await e2e.prepareUserFolder();
			ctx.userFolders.push(uf);
			log(LANE, `check 10: N8N_USER_FOLDER=${uf.dir}`);
			await uf.importCredential(S.credential(SANDBOX_CRED));
			await uf.importWorkflow([wf]);
			let r = await uf.n8n(['publish:workflow', `--id=${WORKFLOW_ID}`]);
			assert.equal(r.code, 0, `publish:workflow failed:\n${r.stdout}\n${r.stderr}`);

			const base = `http://127.0.0.1:${uf.port}`;
			const webhookUrl = `${base}/webhook/${WEBHOOK_ID}/webhook`;
			const launched = Date.now();
			const server = await uf.start({ WEBHOOK_URL: `${base}/`, N8N_SECURE_COOKIE: 'false' });
			ctx.servers.push(server);
			try {
				ctx.laneAReady();
				const expectedName = `n8n: ${WORKFLOW_NAME} (${WORKFLOW_ID})`;
				const ours = () => [...S.state.destinations.values()].filter((d) => d.name === expectedName);
				const subscriptionsOf = (d) => [...S.state.subscriptions.values()].filter((s) => s.destinationId === d.id);
				const destination = await waitFor('the destination and its subscription in the sandbox', () => ours().find((d) => subscriptionsOf(d).length > 0), 90000, 100);
				log(LANE, `check 10: destination ${destination.id} created ${secs(Date.now() - launched)} after launch`);
				assert.equal(ours().length, 1, 'exactly one destination');
				assert.equal(destination.sourceId, source.id);
				assert.equal(destination.enabled, true);
				assert.match(destination.settings.sharedSecret, /^[0-9a-f]{64}$/);
				await new Promise((res) => setTimeout(res, 1000)); // activation is done: nothing more appears
				assert.equal(ours().length, 1, 'still exactly one destination');
				const subs = subscriptionsOf(destination);
				assert.equal(subs.length, 1, 'exactly one subscription');
				assert.equal(subs[0].enabled, true);
				assert.equal(subs[0].trigger, '(type = "track" and event = "Order Completed") or type = "identify"');
				assert.equal(subs[0].settings.url, webhookUrl);
				const secret = destination.settings.sharedSecret;

				const writeKey = source.writeKeys[0];
				const call = async (kind, body) => {
					const res = await fetch(`${S.url}/v1/${kind}`, {
						method: 'POST',
						headers: { authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`, 'content-type': 'application/json' },
						body: JSON.stringify(body),
					});
					assert.equal(res.status, 200, `tracking ${kind}: ${res.status}`);
				};
				// the filtered events, and others the trigger does not ask for
				const wanted = [
					['track', { messageId: 'e2e-order-1', userId: 'u1', event: 'Order Completed', properties: { total: 120 } }],
					['track', { messageId: 'e2e-order-2', userId: 'u2', event: 'Order Completed', properties: { total: 35.5 } }],
					['identify', { messageId: 'e2e-identify-1', userId: 'u1', traits: { plan: 'pro' } }],
				];
				const unwanted = [
					['track', { messageId: 'e2e-cart-1', userId: 'u1', event: 'Cart Viewed' }],
					['page', { messageId: 'e2e-page-1', userId: 'u1', name: 'Home' }],
					['group', { messageId: 'e2e-group-1', userId: 'u1', groupId: 'g1' }],
				];
				for (const [kind, body] of [...unwanted.slice(0, 1), ...wanted.slice(0, 2), ...unwanted.slice(1), ...wanted.slice(2)]) await call(kind, body);
				await waitFor('3 events at the sink', () => atEvents().length >= 3, 30000, 50);
				await S.tracking.settle();
				await new Promise((res) => setTimeout(res, 3000)); // a second execution would post within this
				const got = atEvents();
				assert.deepEqual(got.map((x) => x.body.messageId).sort(), wanted.map(([, b]) => b.messageId).sort(), `sink got ${JSON.stringify(got.map((x) => x.body))}`);
				assert.equal(new Set(got.map((x) => x.body.execution)).size, 3, 'three executions');
				const byId = Object.fromEntries(got.map((x) => [x.body.messageId, x.body]));
				assert.deepEqual(
					{ ...byId['e2e-order-1'], execution: undefined },
					{ messageId: 'e2e-order-1', type: 'track', event: 'Order Completed', userId: 'u1', total: 120, execution: undefined },
				);
				assert.equal(byId['e2e-order-2'].total, 35.5);
				assert.equal(byId['e2e-identify-1'].plan, 'pro');
				const deliveredTo = S.tracking.deliveries.filter((d) => d.destinationId === destination.id);
				assert.equal(deliveredTo.length, 3, 'the sandbox delivered only the 3 filtered events');
				assert.ok(deliveredTo.every((d) => d.delivered && d.attempts.length === 1), 'each delivered at the first attempt');

				// forged, unsigned and replayed requests straight to the webhook URL
				const before = atEvents().length;
				const forgedBody = JSON.stringify({ type: 'track', event: 'Order Completed', messageId: 'e2e-forged-1', userId: 'mallory', properties: { total: 1e6 } });
				const send = (body, headers) => fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
				const forged = await send(forgedBody, { 'x-signature': crypto.createHmac('sha1', 'guessed-secret').update(forgedBody).digest('hex') });
				const unsigned = await send(forgedBody, {});
				const signedBody = JSON.stringify({ type: 'track', event: 'Order Completed', messageId: 'e2e-order-1', userId: 'u1', properties: { total: 120 } });
				const tampered = await send(signedBody.replace('120', '999'), { 'x-signature': crypto.createHmac('sha1', secret).update(signedBody).digest('hex') });
				const replayed = await send(signedBody, { 'x-signature': crypto.createHmac('sha1', secret).update(signedBody).digest('hex') });
				assert.equal(forged.status, 401, 'forged: 401');
				assert.equal(unsigned.status, 401, 'unsigned: 401');
				assert.equal(tampered.status, 401, 'tampered: 401');
				assert.equal(replayed.status, 200, 'replay of a delivered messageId: 200');
				const forgedText = await forged.text();
				assert.ok(!forgedText.includes(secret), 'the secret is not in the answer');
				await new Promise((res) => setTimeout(res, 3000));
				assert.equal(atEvents().length, before, `no execution for forged, unsigned, tampered or replayed requests; sink got ${JSON.stringify(atEvents().slice(before).map((x) => x.body))}`);

				// latency: from the sandbox's delivery request to the workflow's post at the sink
				const latencies = [];
				for (let i = 0; i < LATENCY_EVENTS; i++) {
					const messageId = `e2e-latency-${i}`;
					await call('track', { messageId, userId: 'u-latency', event: 'Order Completed', properties: { total: i } });
					const arrived = await waitFor(`event ${messageId} at the sink`, () => atEvents().find((x) => x.body.messageId === messageId), 20000, 2);
					const delivery = S.tracking.deliveries.find((d) => d.messageIds[0] === messageId);
					latencies.push(arrived.t - delivery.attempts[0].at);
				}
				await S.tracking.settle();
				const latency = { median: median(latencies), max: Math.max(...latencies), min: Math.min(...latencies) };
				ctx.eventLatency = latency;
				log(LANE, `check 10: delivery-to-execution latency over ${LATENCY_EVENTS} events: median ${latency.median} ms, max ${latency.max} ms (min ${latency.min} ms)`);
				assert.equal(atEvents().length, before + LATENCY_EVENTS, 'each latency event once');

				// unpublish through n8n's REST API, as the editor does: the destination goes
				const rest = await restSession(server.url);
				await rest('POST', `/workflows/${WORKFLOW_ID}/deactivate`, {});
				await waitFor('the destination to be deleted', () => ours().length === 0, 30000, 50);
				assert.ok(!S.state.destinations.has(destination.id), 'the destination is gone');
				assert.ok(![...S.state.subscriptions.values()].some((s) => s.destinationId === destination.id), 'its subscription is gone');
				const others = [...S.state.destinations.values()].length;
				assert.ok(others > 0, 'the other destinations are still there');
				const out = server.output();
				assert.ok(!out.includes(secret), 'the secret is not in the n8n log');
				return `destination ${destination.id} on ${source.slug}; 3 of 6 events started exactly one execution each; forged, unsigned, tampered and replayed: none; latency over ${LATENCY_EVENTS} events median ${latency.median} ms, max ${latency.max} ms; unpublished: destination deleted`;
			} finally {
				const out = server.output();
				await server.stop();
				fs.writeFileSync(logFile('n8n-start-event-trigger'), out);
			}
		} finally {
			await S.close();
		}
	},
};
