'use strict';
// Check 6a: examples/workspace-audit.json ("Run Audit Now") against the demo sandbox: the Summary
// for Slack names and counts what the sandbox holds.

const assert = require('node:assert/strict');
const { CATALOG } = require('../../sandbox/seed');
const { log, softAsserts } = require('../lib/report');
const { readExample } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'segAuditExample1'; // as in the example

module.exports = {
	id: '6a',
	title: 'example workspace-audit.json ("Run Audit Now")',
	lane: LANE,
	workflows: () => [readExample('workspace-audit.json')],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);
		const items = itemsOf(run.run, 'Summary for Slack');
		assert.equal(items.length, 1);
		const s = items[0];
		const disabledSources = [...state.sources.values()].filter((x) => !x.enabled);
		const subs = [...state.subscriptions.values()];
		const disabledDest = [...state.destinations.values()].filter((d) => !d.enabled);
		// only Actions destinations have subscriptions
		const hasActions = (d) => (CATALOG.destinations.find((c) => c.id === d.metadataId)?.actions ?? []).length > 0;
		const withoutSub = [...state.destinations.values()].filter(
			(d) => d.enabled && hasActions(d) && !subs.some((x) => x.enabled && x.destinationId === d.id),
		);
		const soft = softAsserts(LANE);
		soft.ok('text mentions the disabled source', () => {
			assert.equal(typeof s.text, 'string');
			for (const src of disabledSources) assert.ok(s.text.includes(src.name), `"${src.name}" not in text`);
			assert.ok(s.text.includes(`*Disabled sources (${disabledSources.length})*`), 'count heading');
			return disabledSources.map((x) => x.name).join(', ');
		});
		soft.ok('counts match the sandbox', () => {
			assert.deepEqual(
				{ disabledSources: s.disabledSources, disabledDestinations: s.disabledDestinations, destinationsWithoutSubscription: s.destinationsWithoutSubscription, users: s.users, invites: s.invites },
				{ disabledSources: disabledSources.length, disabledDestinations: disabledDest.length, destinationsWithoutSubscription: withoutSub.length, users: state.users.size, invites: state.invites.size },
			);
			for (const d of [...disabledDest, ...withoutSub]) assert.ok(s.text.includes(d.name), `"${d.name}" not in text`);
			// the list has no permissions: a user line is "• Name <email>" with no dangling ": "
			for (const u of state.users.values()) {
				assert.ok(s.text.split('\n').includes(`\u2022 ${u.name} <${u.email}>`), `user line of ${u.email}`);
			}
			for (const email of state.invites.keys()) assert.ok(s.text.includes(email), `${email} not in text`);
			return `${s.disabledSources} disabled source(s), ${s.disabledDestinations} disabled destination(s), ${s.destinationsWithoutSubscription} without subscription, ${s.users} users, ${s.invites} invites`;
		});
		soft.ok('event volume of the last day', () => {
			const volume = itemsOf(run.run, 'Event Volume (Last Day)');
			const sum = volume.reduce((n, v) => n + v.total, 0);
			assert.ok(sum > 0 && s.eventsLastDay === sum, `eventsLastDay ${s.eventsLastDay} vs series ${sum}`);
			for (const v of volume) assert.ok(s.text.includes(`${v.sourceName}: ${v.total}`), `${v.sourceName} line`);
			return `${s.eventsLastDay} events over ${volume.length} sources`;
		});
		soft.done();
		log(LANE, `   Summary for Slack text:\n${s.text.split('\n').map((l) => `     | ${l}`).join('\n')}`);
		return `Summary for Slack consistent with the sandbox`;
	},
};
