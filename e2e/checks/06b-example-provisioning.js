'use strict';
// Check 6b: examples/provisioning.json creates a source and a destination connected to it and
// connects the source to the picked warehouse only.

const assert = require('node:assert/strict');
const { readExample } = require('../lib/workflows');
const { execute, expectSuccess, itemsOf } = require('../lib/runs');

const LANE = 'B';
const WORKFLOW_ID = 'segProvisionEx01'; // as in the example

module.exports = {
	id: '6b',
	title: 'example provisioning.json',
	lane: LANE,
	workflows: () => [readExample('provisioning.json')],
	async run(ctx) {
		const { uf, S1 } = ctx;
		const state = S1.state;
		const before = new Set(state.sources.keys());
		const beforeDest = new Set(state.destinations.keys());
		const run = await execute(uf, LANE, WORKFLOW_ID);
		expectSuccess(run, WORKFLOW_ID);
		const report = itemsOf(run.run, 'Report Links');
		assert.equal(report.length, 1);
		const rep = report[0];
		const newSources = [...state.sources.values()].filter((x) => !before.has(x.id));
		const newDest = [...state.destinations.values()].filter((x) => !beforeDest.has(x.id));
		assert.equal(newSources.length, 1, 'one new source');
		assert.equal(newDest.length, 1, 'one new destination');
		const src = newSources[0];
		const dest = newDest[0];
		assert.match(src.slug, /^n8n_site_\d{14}$/);
		assert.equal(src.metadataId, 'IqDTy1TpoU');
		assert.equal(dest.sourceId, src.id, 'destination connected to the new source');
		assert.equal(dest.name, 'Amplitude (provisioned by n8n)');
		assert.equal(dest.metadataId, '54521fd525e721e32a72ee91');
		assert.deepEqual(dest.settings, { apiKey: 'replace-with-your-amplitude-key' });
		assert.equal(rep.sourceId, src.id);
		assert.equal(rep.destinationId, dest.id);
		assert.equal(rep.warehouseConnection, 'CONNECTED');
		const warehouse = state.warehouses.get(rep.warehouseId);
		assert.ok(warehouse, 'the picked warehouse exists');
		const connectedTo = [...state.connections].filter(([, set]) => set.has(src.id)).map(([id]) => id);
		assert.deepEqual(connectedTo, [rep.warehouseId], 'connected to the picked warehouse only (disconnectAllWarehouses)');
		assert.match(rep.links.destination, new RegExp(`/destinations/amplitude/sources/${src.slug}/instances/${dest.id}/configuration$`));
		return `source ${src.slug} (${src.id}), destination "${dest.name}" (${dest.id}), warehouse "${warehouse.settings.name}" ${rep.warehouseConnection}`;
	},
};
