'use strict';
// Check 6e: examples/destination-health.json: the failure ratio of every enabled destination over
// the last day, from the sandbox's delivery overview; one message naming the failing webhook.

const assert = require('node:assert/strict');
const { log } = require('../lib/report');
const { readExample } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf, sameIds } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'segDestHealthEx1'; // as in the example

module.exports = {
	id: '6e',
	title: 'example destination-health.json (failure ratio of every enabled destination over the last day; one message naming the failing webhook)',
	lane: LANE,
	workflows: () => [readExample('destination-health.json')],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const mark = S1.mark();
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);
		const enabled = [...state.destinations.values()].filter((d) => d.enabled);
		const reqs = S1.since(mark);
		const stepRequests = (step) => reqs.filter((x) => x.method === 'GET' && x.path === `/delivery-overview/${step}`);
		for (const step of ['successful-delivery', 'failed-delivery']) {
			const sent = stepRequests(step);
			sameIds(`${step} requests`, sent.map((x) => x.query.get('destinationConfigId')).sort(), enabled.map((d) => d.id).sort());
			for (const x of sent) {
				assert.equal(x.status, 200, `${step} ${x.query}`);
				assert.equal(x.query.get('granularity'), 'DAY');
				assert.equal(x.query.get('sourceId'), state.destinations.get(x.query.get('destinationConfigId')).sourceId);
				const span = Date.parse(x.query.get('endTime')) - Date.parse(x.query.get('startTime'));
				assert.ok(span > 23 * 3600e3 && span <= 24 * 3600e3, `time range of ${span} ms`);
			}
		}
		assert.equal(itemsOf(run.run, 'Failure Ratios').length, enabled.length, 'one ratio per enabled destination');
		const items = itemsOf(run.run, 'Message');
		assert.equal(items.length, 1, 'one message');
		const m = items[0];
		assert.equal(m.threshold, 0.05);
		assert.equal(m.checked, enabled.length);
		const webhook = enabled.find((d) => d.name === 'Order Webhook');
		assert.deepEqual(m.failing.map((f) => f.destinationId), [webhook.id], `failing: ${JSON.stringify(m.failing)}`);
		// The counts are the sandbox's own for the very same queries.
		const again = async (step) => {
			const x = stepRequests(step).find((r) => r.query.get('destinationConfigId') === webhook.id);
			return (await S1.api('GET', `${x.path}?${x.query}`)).total;
		};
		assert.equal(m.failing[0].failed, await again('failed-delivery'));
		assert.equal(m.failing[0].delivered, await again('successful-delivery'));
		assert.ok(m.failing[0].failureRatio > 0.12, `ratio ${m.failing[0].failureRatio}`);
		assert.ok(m.text.includes('\u2022 Order Webhook (') && m.text.includes(`${(m.failing[0].failureRatio * 100).toFixed(1)}% failed`), m.text);
		for (const d of enabled.filter((x) => x.id !== webhook.id)) assert.ok(!m.text.includes(d.name), `"${d.name}" in the message`);
		log(LANE, `   Message:\n${m.text.split('\n').map((l) => `     | ${l}`).join('\n')}`);
		return `${m.checked} destinations checked; failing: ${m.failing.map((f) => `${f.name} ${(f.failureRatio * 100).toFixed(1)}%`).join(', ')}`;
	},
};
