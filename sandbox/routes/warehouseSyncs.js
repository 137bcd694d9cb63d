'use strict';
// Warehouse syncs, Selective Sync and advanced sync schedules, settings validation, and Engage
// Profiles Sync warehouses (alpha). Dev-only.

const { CATALOG, hash32 } = require('../seed');
const { MASK } = require('../lib/secrets');

const HOUR = 3600000;
const MINUTE = 60000;

/** The tables Segment creates for a source in a warehouse, with their columns. */
const SOURCE_COLLECTIONS = [
	['identifies', ['anonymous_id', 'context_ip', 'email', 'user_id']],
	['order_completed', ['currency', 'order_id', 'revenue', 'user_id']],
	['pages', ['anonymous_id', 'path', 'referrer', 'title', 'url', 'user_id']],
	['product_viewed', ['price', 'product_id', 'sku', 'user_id']],
	['tracks', ['anonymous_id', 'event', 'event_text', 'user_id']],
	['users', ['created_at', 'email', 'name', 'plan']],
];
/** Profiles Sync tables: the profile tables, then the event tables `enableEventTables` governs. */
const PROFILE_COLLECTIONS = [
	[
		'external_id_mapping_updates',
		['canonical_segment_id', 'external_id_type', 'external_id_value'],
	],
	['id_graph_updates', ['canonical_segment_id', 'segment_id', 'timestamp']],
	['profile_traits_updates', ['canonical_segment_id', 'email', 'first_name', 'last_name']],
	['identifies', ['context_ip', 'email', 'user_id']],
	['pages', ['path', 'title', 'url', 'user_id']],
	['tracks', ['event', 'event_text', 'user_id']],
];
const EVENT_TABLES = new Set(['identifies', 'pages', 'tracks']);
/** Columns that start out not syncing, so that Selective Sync shows both states. */
const OFF_BY_DEFAULT = new Set(['context_ip', 'referrer']);

const collectionsOf = (spec) =>
	new Map(
		spec.map(([name, columns]) => [
			name,
			{
				enabled: true,
				properties: new Map(columns.map((column) => [column, !OFF_BY_DEFAULT.has(column)])),
			},
		]),
	);

function humanDuration(seconds) {
	const s = Math.round(seconds);
	const parts = [];
	if (s >= 3600) parts.push(`${Math.floor(s / 3600)}h`);
	if (s >= 60) parts.push(`${Math.floor((s % 3600) / 60)}m`);
	parts.push(`${s % 60}s`);
	return parts.join(' ');
}

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		clock,
		workspaceId,
		paginate,
		readBody,
		check,
		assertValid,
		notFound,
		invalid,
		invalidOne,
		clone,
		censor,
		isObject,
		getSource,
		getWarehouse,
		getSpace,
		recordAudit,
	} = context;

	const catalog = new Map(CATALOG.warehouses.map((item) => [item.id, item]));
	const startedAt = clock();

	// Sync history -------------------------------------------------------------------------------
	// Three syncs per connected source of each seeded warehouse, every 6 hours, newest first; the
	// ones of the Ops Postgres warehouse include a failure, and its newest sync is still running.
	/** warehouseId -> syncs, newest first */
	const syncs = new Map();
	for (const [warehouseId, sourceIds] of state.connections) {
		const warehouse = state.warehouses.get(warehouseId);
		const failing = warehouse && warehouse.settings.name === 'Ops Postgres';
		const reports = [];
		[...sourceIds].forEach((sourceId, index) => {
			for (let run = 0; run < 3; run++) {
				const hash = hash32(`${warehouseId}|${sourceId}|${run}`);
				const start = startedAt - run * 6 * HOUR - (20 + index * 7) * MINUTE;
				const running = failing && run === 0 && index === 0;
				const failed = failing && run === 1 && index === sourceIds.size - 1;
				const duration = running ? Math.round((startedAt - start) / 1000) : 45 + (hash % 900);
				const startedIso = new Date(start).toISOString();
				reports.push({
					sourceId,
					start: startedIso,
					end: running ? null : new Date(start + duration * 1000).toISOString(),
					status: running ? 'IN_PROGRESS' : failed ? 'FAILED' : 'SUCCESS',
					duration,
					humanDuration: humanDuration(duration),
					count: failed ? 0 : 1000 + (hash % 250000),
					notices: failed
						? [
								{
									level: 'ERROR',
									message:
										'Could not connect to the warehouse: password authentication failed for user "segment"',
									createdAt: new Date(start + duration * 1000).toISOString(),
								},
							]
						: running
							? [{ level: 'INFO', message: 'Loading tables', createdAt: startedIso }]
							: [],
				});
			}
		});
		reports.sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : 0));
		syncs.set(warehouseId, reports);
	}
	const syncsOf = (warehouse) => syncs.get(warehouse.id) || [];

	const connectedSource = (warehouse, sourceId) => {
		const source = getSource(sourceId);
		const connected = state.connections.get(warehouse.id);
		if (!connected || !connected.has(source.id))
			throw notFound('Source is not connected to this warehouse');
		return source;
	};

	route('GET', '/warehouses/:warehouseId/syncs', (ctx) =>
		paginate(ctx.query, 'reports', syncsOf(getWarehouse(ctx.params.warehouseId)), clone),
	);
	route('GET', '/warehouses/:warehouseId/connected-sources/:sourceId/syncs', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const source = connectedSource(warehouse, ctx.params.sourceId);
		const items = syncsOf(warehouse).filter((sync) => sync.sourceId === source.id);
		return paginate(ctx.query, 'reports', items, clone);
	});

	// Selective Sync -----------------------------------------------------------------------------
	/** `${warehouseId}|${sourceId}` -> collection name -> { enabled, properties } */
	const selective = new Map();
	const collectionsFor = (warehouse, source) => {
		const key = `${warehouse.id}|${source.id}`;
		if (!selective.has(key)) selective.set(key, collectionsOf(SOURCE_COLLECTIONS));
		return selective.get(key);
	};
	const propertiesOut = (collection) => Object.fromEntries(collection.properties);

	route('GET', '/warehouses/:warehouseId/connected-sources/:sourceId/selective-syncs', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const source = connectedSource(warehouse, ctx.params.sourceId);
		const items = [...collectionsFor(warehouse, source)].map(([name, collection]) => ({
			sourceId: source.id,
			collection: name,
			warehouseId: warehouse.id,
			enabled: collection.enabled,
			properties: propertiesOut(collection),
		}));
		return paginate(ctx.query, 'items', items);
	});

	/**
	 * Checks every override before applying any (one 422 lists them all); returns whether anything
	 * changed, and warnings for properties changed in collections that do not sync.
	 */
	function applyOverrides(overrides, collectionsOfOverride, withSource) {
		const problems = [];
		const targets = [];
		overrides.forEach((override, index) => {
			const prefix = `syncOverrides.${index}.`;
			if (!isObject(override)) {
				problems.push([`syncOverrides.${index}`, `"syncOverrides.${index}" must be an object`]);
				return;
			}
			const found = check(
				override,
				[
					...(withSource ? [['sourceId', 'id', true]] : []),
					['collection', withSource ? 'string' : 'id', !withSource],
					['property', 'string', false],
					['enabled', 'boolean', true],
				],
				prefix,
			);
			if (found.length > 0) return problems.push(...found);
			const collections = collectionsOfOverride(override, prefix, problems);
			if (!collections) return undefined;
			const { collection, property } = override;
			if (property && !collection) {
				return problems.push([`${prefix}property`, `"${prefix}property" needs a collection`]);
			}
			if (collection && !collections.has(collection)) {
				return problems.push([`${prefix}collection`, `Collection "${collection}" not found`]);
			}
			if (property && !collections.get(collection).properties.has(property)) {
				return problems.push([
					`${prefix}property`,
					`Property "${property}" not found in collection "${collection}"`,
				]);
			}
			targets.push({ collections, collection, property, enabled: override.enabled });
			return undefined;
		});
		assertValid(problems);
		let changed = false;
		const warnings = [];
		for (const { collections, collection, property, enabled } of targets) {
			const names = collection ? [collection] : [...collections.keys()];
			for (const name of names) {
				const entry = collections.get(name);
				if (property) {
					if (entry.properties.get(property) !== enabled) changed = true;
					entry.properties.set(property, enabled);
					if (!entry.enabled)
						warnings.push(`Collection "${name}" is disabled: property "${property}" does not sync`);
				} else {
					if (entry.enabled !== enabled) changed = true;
					entry.enabled = enabled;
				}
			}
		}
		return { changed, warnings };
	}

	route('PATCH', '/warehouses/:warehouseId/selective-sync', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const body = readBody(ctx);
		assertValid(check(body, [['syncOverrides', 'array', true]]));
		if (body.syncOverrides.length === 0)
			throw invalidOne('syncOverrides', '"syncOverrides" must contain at least 1 item');
		const { changed, warnings } = applyOverrides(
			body.syncOverrides,
			(override, prefix, problems) => {
				const source = state.sources.get(override.sourceId);
				const connected = state.connections.get(warehouse.id);
				if (!source || !connected || !connected.has(source.id)) {
					problems.push([
						`${prefix}sourceId`,
						`Source "${override.sourceId}" is not connected to this warehouse`,
					]);
					return undefined;
				}
				return collectionsFor(warehouse, source);
			},
			true,
		);
		if (changed)
			recordAudit('Storage Destination Modified', 'warehouse', warehouse, warehouse.settings.name);
		return { status: changed ? 'UPDATED' : 'UNCHANGED', warnings };
	});

	// Advanced sync schedule ---------------------------------------------------------------------
	/** warehouseId -> { enabled, schedule? }; the Analytics Snowflake warehouse has one. */
	const schedules = new Map();
	for (const warehouse of state.warehouses.values()) {
		if (warehouse.settings.name !== 'Analytics Snowflake') continue;
		schedules.set(warehouse.id, {
			enabled: true,
			schedule: {
				times: Array.from({ length: 24 }, (_, hour) => ({
					hourOfDay: hour,
					enabled: hour % 6 === 2,
				})),
				timezone: 'America/New_York',
			},
		});
	}
	const scheduleOf = (warehouse) => clone(schedules.get(warehouse.id) || { enabled: false });

	const knownTimezone = (timezone) => {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: timezone });
			return true;
		} catch {
			return false;
		}
	};

	route('GET', '/warehouses/:warehouseId/advanced-sync-schedule', (ctx) =>
		scheduleOf(getWarehouse(ctx.params.warehouseId)),
	);
	route('PUT', '/warehouses/:warehouseId/advanced-sync-schedule', (ctx) => {
		const warehouse = getWarehouse(ctx.params.warehouseId);
		const body = readBody(ctx);
		const problems = check(body, [
			['enabled', 'boolean', true],
			['schedule', 'object', false],
		]);
		if (problems.length === 0 && body.enabled && !body.schedule)
			problems.push(['schedule', '"schedule" is required when "enabled" is true']);
		if (problems.length === 0 && body.schedule) {
			const schedule = body.schedule;
			problems.push(
				...check(
					schedule,
					[
						['times', 'array', true],
						['timezone', 'id', true],
					],
					'schedule.',
				),
			);
			if (
				typeof schedule.timezone === 'string' &&
				schedule.timezone &&
				!knownTimezone(schedule.timezone)
			)
				problems.push(['schedule.timezone', `Unknown time zone "${schedule.timezone}"`]);
			const seen = new Set();
			(Array.isArray(schedule.times) ? schedule.times : []).forEach((time, index) => {
				const prefix = `schedule.times.${index}.`;
				if (!isObject(time)) {
					problems.push([`schedule.times.${index}`, `"schedule.times.${index}" must be an object`]);
					return;
				}
				const found = check(
					time,
					[
						['hourOfDay', 'integer', true],
						['enabled', 'boolean', true],
					],
					prefix,
				);
				problems.push(...found);
				if (found.length > 0) return;
				if (time.hourOfDay < 0 || time.hourOfDay > 23)
					problems.push([`${prefix}hourOfDay`, `"${prefix}hourOfDay" must be between 0 and 23`]);
				else if (seen.has(time.hourOfDay))
					problems.push([`${prefix}hourOfDay`, `Hour ${time.hourOfDay} is listed twice`]);
				seen.add(time.hourOfDay);
			});
		}
		assertValid(problems);
		const next = { enabled: body.enabled };
		if (body.schedule) {
			next.schedule = {
				times: body.schedule.times
					.map((time) => ({ hourOfDay: time.hourOfDay, enabled: time.enabled }))
					.sort((a, b) => a.hourOfDay - b.hourOfDay),
				timezone: body.schedule.timezone,
			};
		}
		schedules.set(warehouse.id, next);
		recordAudit('Storage Destination Modified', 'warehouse', warehouse, warehouse.settings.name);
		return clone(next);
	});

	// Settings validation ------------------------------------------------------------------------
	// Connects when every required option of the warehouse type is set, and none is a censor mask.
	route('POST', '/warehouses/validation', (ctx) => {
		const body = readBody(ctx);
		const problems = check(body, [
			['metadataId', 'id', true],
			['settings', 'object', true],
		]);
		if (typeof body.metadataId === 'string' && body.metadataId && !catalog.has(body.metadataId))
			problems.push(['metadataId', `Warehouse metadata "${body.metadataId}" not found`]);
		assertValid(problems);
		const complete = catalog
			.get(body.metadataId)
			.options.filter((option) => option.required)
			.every((option) => {
				const value = body.settings[option.name];
				return (
					value !== undefined &&
					value !== null &&
					String(value).trim() !== '' &&
					!String(value).startsWith(MASK.slice(0, 4))
				);
			});
		return { status: complete ? 'CONNECTED' : 'FAILED' };
	});

	// Profiles Sync warehouses (alpha) ----------------------------------------------------------
	/** id -> { id, spaceId, metadataId, enabled, settings, schemaName, collections, enableEventTables } */
	const profilesWarehouses = new Map();
	state.profilesWarehouses = profilesWarehouses;
	const snowflakeMeta = CATALOG.warehouses.find((item) => item.slug === 'snowflake');
	const seeded = {
		id: 'pwh_sandboxProfiles01',
		spaceId: 'spa_sandboxProduction01',
		metadataId: snowflakeMeta.id,
		enabled: true,
		settings: {
			name: 'Profiles Snowflake',
			account: 'acme-xy12345',
			warehouse: 'PROFILES_WH',
			database: 'SEGMENT_PROFILES',
			username: 'PROFILES_USER',
			password: 'sandbox-profiles-password',
		},
		schemaName: 'production',
		collections: collectionsOf(PROFILE_COLLECTIONS),
		enableEventTables: true,
	};
	if (state.spaces && state.spaces.has(seeded.spaceId)) profilesWarehouses.set(seeded.id, seeded);

	const profilesWarehouseOut = (warehouse) => ({
		id: warehouse.id,
		spaceId: warehouse.spaceId,
		metadata: catalog.get(warehouse.metadataId),
		workspaceId,
		enabled: warehouse.enabled,
		settings: censor(warehouse.settings),
		schemaName: warehouse.schemaName,
	});
	const getProfilesWarehouse = (spaceId, id) => {
		const space = getSpace(spaceId);
		const warehouse = profilesWarehouses.get(id);
		if (!warehouse || warehouse.spaceId !== space.id)
			throw notFound('Profiles Warehouse not found');
		return warehouse;
	};
	const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
	/** Problems of a schema name: its form, and whether another warehouse of the space uses it. */
	function schemaNameProblems(spaceId, schemaName, exceptId) {
		if (typeof schemaName !== 'string') return [];
		if (!SCHEMA_NAME.test(schemaName))
			return [['schemaName', '"schemaName" may hold only letters, digits and underscores']];
		const taken = [...profilesWarehouses.values()].some(
			(other) =>
				other.id !== exceptId && other.spaceId === spaceId && other.schemaName === schemaName,
		);
		return taken ? [['schemaName', `Schema "${schemaName}" already exists in the warehouse`]] : [];
	}
	const alpha = { alpha: true };

	route(
		'POST',
		'/spaces/:spaceId/profiles-warehouses',
		(ctx) => {
			const space = getSpace(ctx.params.spaceId);
			const body = readBody(ctx);
			const problems = check(body, [
				['metadataId', 'id', true],
				['name', 'string', false],
				['enabled', 'boolean', false],
				['settings', 'object', true],
				['schemaName', 'string', false],
			]);
			if (typeof body.metadataId === 'string' && body.metadataId && !catalog.has(body.metadataId))
				problems.push(['metadataId', `Warehouse metadata "${body.metadataId}" not found`]);
			const schemaName =
				typeof body.schemaName === 'string' && body.schemaName !== ''
					? body.schemaName
					: space.slug.replace(/-/g, '_');
			problems.push(...schemaNameProblems(space.id, schemaName));
			assertValid(problems);
			const warehouse = {
				id: randomId(),
				spaceId: space.id,
				metadataId: body.metadataId,
				enabled: body.enabled !== undefined ? body.enabled : true,
				settings: clone(body.settings),
				schemaName,
				collections: collectionsOf(PROFILE_COLLECTIONS),
				enableEventTables: true,
			};
			if (body.name !== undefined) warehouse.settings.name = body.name;
			profilesWarehouses.set(warehouse.id, warehouse);
			recordAudit(
				'Profiles Sync Warehouse Created',
				'profiles_warehouse',
				warehouse,
				warehouse.settings.name,
			);
			return { profilesWarehouse: profilesWarehouseOut(warehouse) };
		},
		{ ...alpha, status: 201 },
	);
	route(
		'GET',
		'/spaces/:spaceId/profiles-warehouses',
		(ctx) => {
			const space = getSpace(ctx.params.spaceId);
			const items = [...profilesWarehouses.values()].filter((item) => item.spaceId === space.id);
			return paginate(ctx.query, 'profilesWarehouses', items, profilesWarehouseOut);
		},
		alpha,
	);
	route(
		'PATCH',
		'/spaces/:spaceId/profiles-warehouses/:warehouseId',
		(ctx) => {
			const warehouse = getProfilesWarehouse(ctx.params.spaceId, ctx.params.warehouseId);
			const body = readBody(ctx);
			const problems = check(body, [
				['name', 'string', false],
				['enabled', 'boolean', false],
				['settings', 'object', true],
				['schemaName', 'id', false],
			]);
			if (problems.length === 0)
				problems.push(...schemaNameProblems(warehouse.spaceId, body.schemaName, warehouse.id));
			assertValid(problems);
			Object.assign(warehouse.settings, clone(body.settings));
			if (body.name !== undefined) warehouse.settings.name = body.name;
			if (body.enabled !== undefined) warehouse.enabled = body.enabled;
			if (body.schemaName !== undefined) warehouse.schemaName = body.schemaName;
			recordAudit(
				'Profiles Sync Warehouse Updated',
				'profiles_warehouse',
				warehouse,
				warehouse.settings.name,
			);
			return { profilesWarehouse: profilesWarehouseOut(warehouse) };
		},
		alpha,
	);
	route(
		'DELETE',
		'/spaces/:spaceId/profiles-warehouses/:warehouseId',
		(ctx) => {
			const warehouse = getProfilesWarehouse(ctx.params.spaceId, ctx.params.warehouseId);
			profilesWarehouses.delete(warehouse.id);
			recordAudit(
				'Profiles Sync Warehouse Deleted',
				'profiles_warehouse',
				warehouse,
				warehouse.settings.name,
			);
			return { status: 'SUCCESS' };
		},
		alpha,
	);
	route(
		'GET',
		'/spaces/:spaceId/profiles-warehouses/:warehouseId/selective-syncs',
		(ctx) => {
			const warehouse = getProfilesWarehouse(ctx.params.spaceId, ctx.params.warehouseId);
			const items = [...warehouse.collections].map(([name, collection]) => ({
				collection: name,
				warehouseId: warehouse.id,
				enabled: collection.enabled && (warehouse.enableEventTables || !EVENT_TABLES.has(name)),
				properties: propertiesOut(collection),
			}));
			return paginate(ctx.query, 'items', items, undefined, {
				enableEventTables: warehouse.enableEventTables,
			});
		},
		alpha,
	);
	route(
		'PATCH',
		'/spaces/:spaceId/profiles-warehouses/:warehouseId/selective-syncs',
		(ctx) => {
			const warehouse = getProfilesWarehouse(ctx.params.spaceId, ctx.params.warehouseId);
			const body = readBody(ctx);
			assertValid(
				check(body, [
					['syncOverrides', 'array', false],
					['enableEventTables', 'boolean', false],
				]),
			);
			const overrides = body.syncOverrides || [];
			const eventTables =
				body.enableEventTables !== undefined ? body.enableEventTables : warehouse.enableEventTables;
			if (overrides.length > 0 && !eventTables) {
				throw invalid([
					['syncOverrides', 'Selective Sync is not supported while "enableEventTables" is false'],
				]);
			}
			const { changed } = applyOverrides(overrides, () => warehouse.collections, false);
			const tablesChanged = eventTables !== warehouse.enableEventTables;
			warehouse.enableEventTables = eventTables;
			if (changed || tablesChanged)
				recordAudit(
					'Profiles Sync Warehouse Modified',
					'profiles_warehouse',
					warehouse,
					warehouse.settings.name,
				);
			return { status: changed || tablesChanged ? 'UPDATED' : 'UNCHANGED' };
		},
		alpha,
	);
};
