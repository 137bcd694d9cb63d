'use strict';
// Builders of the suite's workflows and the credentials their nodes refer to.

const fs = require('node:fs');
const path = require('node:path');
const e2e = require('../lib.js');

const PKG = e2e.PACKAGE_NAME;
const OUR = `${PKG}.segmentPublicApi`;
const EXAMPLES = path.join(e2e.REPO, 'examples');

const SANDBOX_CRED = { id: 'segmentSandbox1', name: 'Segment sandbox' }; // as in examples/*.json
const PAGING_CRED = { id: 'e2eSegPaging0001', name: 'Segment sandbox (2,500 sources)' };
const BENCH_CRED = { id: 'e2eSegBench00001', name: 'Segment sandbox (10,000 sources)' };
const BUILTIN_CRED = { id: 'e2eSegmentApi001', name: 'Segment Tracking (e2e)' };
const REDIRECT_CRED = { id: 'e2eSegRedirect01', name: 'Segment behind a redirecting proxy' };

// numbered across all workflows of a run: the order workflows are built in fixes their node ids and positions
let nodeSeq = 0;
function node(name, type, parameters, extra = {}) {
	nodeSeq += 1;
	return {
		id: `e2e00000-0000-4000-8000-${String(nodeSeq).padStart(12, '0')}`,
		name,
		type,
		typeVersion: 1,
		position: [nodeSeq * 40, nodeSeq * 40],
		parameters,
		...extra,
	};
}
const manual = (name = 'Manual Trigger') => node(name, 'n8n-nodes-base.manualTrigger', {});
const ours = (name, parameters, cred = SANDBOX_CRED, extra = {}) =>
	node(name, OUR, parameters, { credentials: { segmentPublicApi: { ...cred } }, ...extra });
const rl = (value) => ({ __rl: true, mode: 'id', value });
/** Connections from one node to several (all on main output 0). */
function fanOut(from, targets, connections = {}) {
	connections[from] = { main: [targets.map((t) => ({ node: t, type: 'main', index: 0 }))] };
	return connections;
}
function workflow(id, name, nodes, connections) {
	return { id, name, nodes, connections, active: false, settings: { executionOrder: 'v1' }, pinData: {} };
}

function httpRequestNode(name, parameters, extra = {}) {
	return { ...node(name, 'n8n-nodes-base.httpRequest', parameters, extra), typeVersion: 4.2 };
}
const predefined = () => ({
	authentication: 'predefinedCredentialType',
	nodeCredentialType: 'segmentPublicApi',
});
const jsonResponse = { response: { response: { responseFormat: 'json' } } };

function readExample(file) {
	return JSON.parse(fs.readFileSync(path.join(EXAMPLES, file), 'utf8'));
}

module.exports = {
	PKG,
	SANDBOX_CRED,
	PAGING_CRED,
	BENCH_CRED,
	BUILTIN_CRED,
	REDIRECT_CRED,
	node,
	manual,
	ours,
	rl,
	fanOut,
	workflow,
	httpRequestNode,
	predefined,
	jsonResponse,
	readExample,
};
