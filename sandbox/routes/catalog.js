'use strict';
// Catalog: the metadata of sources, destinations and warehouses (seed.js CATALOG). Dev-only.

module.exports = function register(context) {
	const { route, catalog, paginate, notFound } = context;
	for (const [kind, listRoot, getRoot, label] of [
		['sources', 'sourcesCatalog', 'sourceMetadata', 'Source'],
		['destinations', 'destinationsCatalog', 'destinationMetadata', 'Destination'],
		['warehouses', 'warehousesCatalog', 'warehouseMetadata', 'Warehouse'],
	]) {
		route('GET', `/catalog/${kind}`, (ctx) =>
			paginate(ctx.query, listRoot, [...catalog[kind].values()]),
		);
		route('GET', `/catalog/${kind}/:metadataId`, (ctx) => {
			const entry = catalog[kind].get(ctx.params.metadataId);
			if (!entry) throw notFound(`${label} metadata not found`);
			return { [getRoot]: entry };
		});
	}
};
