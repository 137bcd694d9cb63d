'use strict';
// Sources, their write keys (alpha), and the destinations and warehouses connected to them.
// Dev-only.

const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

module.exports = function register(context) {
	const {
		route,
		state,
		catalog,
		randomId,
		paginate,
		readBody,
		check,
		assertValid,
		notFound,
		invalidOne,
		clone,
		sourceOut,
		destinationOut,
		warehouseOut,
		getSource,
		recordAudit,
		deleteSourceCascade,
	} = context;
	route('GET', '/sources', (ctx) =>
		paginate(ctx.query, 'sources', [...state.sources.values()], sourceOut),
	);
	route('GET', '/sources/:sourceId', (ctx) => ({
		source: sourceOut(getSource(ctx.params.sourceId)),
	}));
	route(
		'POST',
		'/sources',
		(ctx) => {
			const body = readBody(ctx);
			const problems = check(body, [
				['slug', 'id', true],
				['metadataId', 'id', true],
				['enabled', 'boolean', false],
				['name', 'string', false],
				['settings', 'object', false],
				['disconnectAllWarehouses', 'boolean', false],
			]);
			if (typeof body.slug === 'string' && body.slug !== '') {
				if (!SLUG.test(body.slug))
					problems.push(['slug', '"slug" may only contain lowercase letters, digits, "-" and "_"']);
				else if (state.sourceSlugs.has(body.slug))
					problems.push(['slug', `A source with slug "${body.slug}" already exists`]);
			}
			if (
				typeof body.metadataId === 'string' &&
				body.metadataId !== '' &&
				!catalog.sources.has(body.metadataId)
			) {
				problems.push(['metadataId', `Source metadata "${body.metadataId}" not found`]);
			}
			assertValid(problems);
			const source = {
				id: randomId(),
				slug: body.slug,
				name: body.name !== undefined ? body.name : body.slug,
				enabled: body.enabled !== undefined ? body.enabled : true,
				metadataId: body.metadataId,
				settings: clone(body.settings || {}),
				labels: [],
				writeKeys: [randomId(32)],
			};
			state.sources.set(source.id, source);
			state.sourceSlugs.set(source.slug, source.id);
			recordAudit('Source Created', 'source', source, source.name);
			if (body.disconnectAllWarehouses !== true) {
				for (const set of state.connections.values()) set.add(source.id);
			}
			return { source: sourceOut(source) };
		},
		{ status: 201 },
	);
	route('PATCH', '/sources/:sourceId', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		const body = readBody(ctx);
		const problems = check(body, [
			['name', 'string', false],
			['enabled', 'boolean', false],
			['slug', 'id', false],
			['settings', 'object', false],
		]);
		if (typeof body.slug === 'string' && body.slug !== '' && body.slug !== source.slug) {
			if (!SLUG.test(body.slug))
				problems.push(['slug', '"slug" may only contain lowercase letters, digits, "-" and "_"']);
			else if (state.sourceSlugs.has(body.slug))
				problems.push(['slug', `A source with slug "${body.slug}" already exists`]);
		}
		assertValid(problems);
		if (body.slug !== undefined && body.slug !== source.slug) {
			state.sourceSlugs.delete(source.slug);
			source.slug = body.slug;
			state.sourceSlugs.set(source.slug, source.id);
		}
		if (body.name !== undefined) source.name = body.name;
		if (body.enabled !== undefined) source.enabled = body.enabled;
		if (body.settings !== undefined) Object.assign(source.settings, clone(body.settings));
		recordAudit('Source Modified', 'source', source, source.name);
		return { source: sourceOut(source) };
	});
	route('DELETE', '/sources/:sourceId', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		deleteSourceCascade(source);
		recordAudit('Source Deleted', 'source', source, source.name);
		return { status: 'SUCCESS' };
	});
	// Write keys (alpha): a new one is added beside the others; removing the last one is refused.
	route(
		'POST',
		'/sources/:sourceId/writekey',
		(ctx) => {
			const source = getSource(ctx.params.sourceId);
			source.writeKeys.push(randomId(32));
			recordAudit('Source Modified', 'source', source, source.name);
			return { source: sourceOut(source) };
		},
		{ alpha: true },
	);
	route(
		'DELETE',
		'/sources/:sourceId/writekey/:writeKey',
		(ctx) => {
			const source = getSource(ctx.params.sourceId);
			if (!source.writeKeys.includes(ctx.params.writeKey)) throw notFound('Write key not found');
			if (source.writeKeys.length === 1)
				throw invalidOne('writeKey', 'A source keeps at least one write key');
			source.writeKeys = source.writeKeys.filter((key) => key !== ctx.params.writeKey);
			recordAudit('Source Modified', 'source', source, source.name);
			return { status: 'SUCCESS' };
		},
		{ alpha: true },
	);
	route('GET', '/sources/:sourceId/connected-destinations', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		const items = [...state.destinations.values()].filter(
			(destination) => destination.sourceId === source.id,
		);
		return paginate(ctx.query, 'destinations', items, destinationOut);
	});
	route('GET', '/sources/:sourceId/connected-warehouses', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		const items = [...state.warehouses.values()].filter((warehouse) =>
			state.connections.get(warehouse.id).has(source.id),
		);
		return paginate(ctx.query, 'warehouses', items, warehouseOut);
	});
};
