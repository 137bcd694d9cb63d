'use strict';
// Which operations of a Public API description the built node routes: `npm run build` first, then
// `node scripts/coverage.js [path/to/openapi.json]` (default: ../shared/segment-api/openapi-73.2.0.json).
// Prints the count and every operation not routed. Dev-only.

const fs = require('node:fs');
const path = require('node:path');

const specPath = path.resolve(
	process.argv[2] ?? path.join(__dirname, '..', '..', 'shared', 'segment-api', 'openapi-73.2.0.json'),
);
const { SegmentPublicApi } = require('../dist/nodes/SegmentPublicApi/SegmentPublicApi.node.js');

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
const shape = (method, url) =>
	`${method.toUpperCase()} ${url.replace(/\{\w+\}/g, '{}').replace(/\/$/, '')}`;
const catalogKinds = ['sources', 'destinations', 'warehouses'];

const routed = new Set();
for (const property of new SegmentPublicApi().description.properties) {
	if (property.name !== 'operation') continue;
	for (const option of property.options ?? []) {
		const request = option.routing?.request;
		if (!request?.url) continue;
		// Catalog routes one operation for the three catalogs: /catalog/{catalogType}s.
		const urls = request.url.includes('{catalogType}s')
			? catalogKinds.map((kind) => request.url.replace('{catalogType}s', kind))
			: [request.url];
		for (const url of urls) routed.add(shape(request.method ?? 'GET', url));
	}
}

const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));
const operations = [];
for (const [url, item] of Object.entries(spec.paths)) {
	for (const method of METHODS) {
		const operation = item[method];
		if (!operation) continue;
		operations.push({
			key: shape(method, url),
			tag: operation.tags?.[0] ?? '',
			id: operation.operationId,
			deprecated: operation.deprecated === true,
		});
	}
}
const current = operations.filter((operation) => !operation.deprecated);
const missing = current.filter((operation) => !routed.has(operation.key));
console.log(
	`${spec.info?.title ?? 'API'} ${spec.info?.version ?? ''}: ${current.length - missing.length} of ${current.length} operations routed (${operations.length - current.length} deprecated not counted)`,
);
for (const operation of missing) console.log(`  missing: ${operation.tag}: ${operation.key} (${operation.id})`);
process.exitCode = missing.length > 0 ? 1 : 0;
