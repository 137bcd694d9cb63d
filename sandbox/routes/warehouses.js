'use strict';
// Warehouses and the sources connected to them. Dev-only.

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
		clone,
		sourceOut,
		warehouseOut,
		getSource,
		getWarehouse,
		recordAudit,
	} = context;
	route('GET', '/warehouses', (ctx) =>
		paginate(ctx.query, 'warehouses', [...state.warehouses.values()], warehouseOut),
	);
	route('GET', '/warehouses/:warehouseId', (ctx) => ({
		warehouse: warehouseOut(getWarehouse(ctx.params.warehouseId)),
	}));
	route(
		'POST',
		'/warehouses',
		(ctx) => {
			const body = readBody(ctx);
			const problems = check(body, [
				['metadataId', 'id', true],
				['name', 'string', false],
				['enabled', 'boolean', false],
				['settings', 'object', true],
				['disconnectAllSources', 'boolean', false],
			]);
			if (
				typeof body.metadataId === 'string' &&
				body.metadataId !== '' &&
				!catalog.warehouses.has(body.metadataId)
			) {
				problems.push(['metadataId', `Warehouse metadata "${body.metadataId}" not found`]);
			}
			assertValid(problems);
			const warehouse = {
				id: randomId(),
				enabled: body.enabled !== undefined ? body.enabled : true,
				metadataId: body.metadataId,
				settings: clone(body.settings),
			};
			if (body.name !== undefined) warehouse.settings.name = body.name;
			state.warehouses.set(warehouse.id, warehouse);
			state.connections.set(
				warehouse.id,
				body.disconnectAllSources === true ? new Set() : new Set(state.sources.keys()),
			);
			recordAudit('Warehouse Created', 'warehouse', warehouse, warehouse.settings.name);
			return { warehouse: warehouseOut(warehouse) };
		},
		{ status: 201 },
	);
	route('PATCH', '/warehouses/:warehouseId', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const body = readBody(ctx);
		assertValid(
			check(body, [
				['name', 'nullableString', false],
				['enabled', 'boolean', false],
				['settings', 'object', true],
			]),
		);
		Object.assign(warehouse.settings, clone(body.settings));
		if (typeof body.name === 'string') warehouse.settings.name = body.name;
		if (body.enabled !== undefined) warehouse.enabled = body.enabled;
		recordAudit('Warehouse Modified', 'warehouse', warehouse, warehouse.settings.name);
		return { warehouse: warehouseOut(warehouse) };
	});
	route('DELETE', '/warehouses/:warehouseId', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		state.warehouses.delete(warehouse.id);
		state.connections.delete(warehouse.id);
		recordAudit('Warehouse Deleted', 'warehouse', warehouse, warehouse.settings.name);
		return { status: 'SUCCESS' };
	});
	// The sandbox connects to an enabled warehouse and fails for a disabled one.
	route('GET', '/warehouses/:warehouseId/connection-state', (ctx) => ({
		connectionState: getWarehouse(ctx.params.warehouseId).enabled ? 'CONNECTED' : 'FAILED',
	}));
	route('GET', '/warehouses/:warehouseId/connected-sources', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const items = [...state.connections.get(warehouse.id)]
			.map((id) => state.sources.get(id))
			.filter(Boolean);
		return paginate(ctx.query, 'sources', items, sourceOut);
	});
	route(
		'POST',
		'/warehouses/:warehouseId/connected-sources/:sourceId',
		(ctx) => {
			const warehouse = getWarehouse(ctx.params.warehouseId);
			const source = getSource(ctx.params.sourceId);
			state.connections.get(warehouse.id).add(source.id);
			return { status: 'CONNECTED' };
		},
		{ status: 201 },
	);
	route('DELETE', '/warehouses/:warehouseId/connected-sources/:sourceId', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const source = getSource(ctx.params.sourceId);
		const set = state.connections.get(warehouse.id);
		if (!set.has(source.id)) throw notFound('Source is not connected to this warehouse');
		set.delete(source.id);
		return { status: 'SUCCESS' };
	});
};
