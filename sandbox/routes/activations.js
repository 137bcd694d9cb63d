'use strict';
// Engage activations (an audience's destination connections and activations) and the space schema
// (events, traits, entities seen by a space, with sample values). Every route is alpha-only.

const { CATALOG } = require('../seed');

const ALPHA = { alpha: true };
const AUDIENCE_TYPES = ['ACCOUNTS', 'LINKED', 'USERS'];
const DESTINATION_TYPES = ['destination', 'warehouse'];
const ID_SYNC_STRATEGIES = ['all', 'first', 'last'];
const MAX_ID_SYNC_ENTRIES = 5;
const ACTIVATION_TYPES = [
	'All Events',
	'Audience Entered',
	'Audience Exited',
	'Audience Membership Changed',
	'Entity Added',
	'Entity Removed',
	'Entity Values Changed',
];
const DEFAULT_ID_SYNC = [
	{ externalId: 'email', strategy: 'last' },
	{ externalId: 'user_id', strategy: 'last' },
];
/** The space schema lists page by 200 when `pagination` is not sent. */
const SCHEMA_PAGE_SIZE = '200';
const HOUR = 3600000;

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		clock,
		nowIso,
		workspaceId,
		paginate,
		readBody,
		check,
		assertValid,
		checkEnum,
		queryValue,
		notFound,
		invalidOne,
		ApiError,
		clone,
		censor,
		isObject,
		getSpace,
		getAudience,
		getDestination,
		getWarehouse,
		recordAudit,
	} = context;

	const catalogById = new Map(CATALOG.destinations.map((entry) => [entry.id, entry]));

	// ---------------------------------------------------------------------------------------------
	// Activations
	// ---------------------------------------------------------------------------------------------

	/** Connections of each audience: audienceId -> Map(destinationId -> connection). */
	state.audienceConnections = new Map();
	/** Activations by ID, each naming its audience and connection. */
	state.activations = new Map();

	const connectionsOf = (audience) => {
		if (!state.audienceConnections.has(audience.id))
			state.audienceConnections.set(audience.id, new Map());
		return state.audienceConnections.get(audience.id);
	};
	const audienceTypeOf = (audience) =>
		audience.audienceType || (audience.definition && audience.definition.type) || 'USERS';

	/** A connection as Segment lists it: the destination's own record, with the audience's settings. */
	function connectionOut(connection) {
		const out = {
			id: connection.id,
			destinationId: connection.destinationId,
			enabled: true,
			createdAt: connection.createdAt,
			updatedAt: connection.updatedAt,
			settings: {},
			idSyncConfiguration: clone(connection.idSyncConfiguration),
			connectionSettings: censor(clone(connection.connectionSettings)),
		};
		if (connection.type === 'destination') {
			const destination = state.destinations.get(connection.destinationId);
			const metadata = destination && catalogById.get(destination.metadataId);
			if (destination) {
				out.name = destination.name;
				out.sourceId = destination.sourceId;
				out.enabled = destination.enabled;
				out.settings = censor(destination.settings);
			}
			if (metadata) out.metadata = { id: metadata.id, name: metadata.name, slug: metadata.slug };
		} else {
			const warehouse = state.warehouses.get(connection.destinationId);
			out.name = warehouse && warehouse.settings ? warehouse.settings.name : undefined;
			out.sourceId = '';
			out.enabled = warehouse ? warehouse.enabled : true;
		}
		return out;
	}

	const activationOut = (activation) => ({ ...clone(activation), workspaceId });

	function getConnection(audience, id) {
		const connection = connectionsOf(audience).get(id);
		if (!connection) throw notFound('Destination connection not found');
		return connection;
	}

	function getActivation(audience, id) {
		const activation = state.activations.get(id);
		if (!activation || activation.audienceId !== audience.id)
			throw notFound('Activation not found');
		return activation;
	}

	/** Lists that take `pagination` when it is sent, and answer whole without it. */
	function optionalPage(query, root, items, represent) {
		if (
			queryValue(query, 'pagination[count]', 'pagination.count', 'pagination[cursor]') === undefined
		) {
			return { [root]: items.map(represent) };
		}
		return paginate(query, root, items, represent);
	}

	function checkIdSync(body, field) {
		const value = body[field];
		if (value === undefined) return undefined;
		if (!Array.isArray(value)) throw invalidOne(field, `"${field}" must be an array`);
		if (value.length > MAX_ID_SYNC_ENTRIES)
			throw invalidOne(field, `"${field}" accepts at most ${MAX_ID_SYNC_ENTRIES} items`);
		return value.map((entry, index) => {
			const prefix = `${field}[${index}].`;
			if (!isObject(entry)) throw invalidOne(`${field}[${index}]`, 'Each item must be an object');
			const problems = check(
				entry,
				[
					['externalId', 'id', true],
					['strategy', 'id', true],
					['mapTo', 'string', false],
				],
				prefix,
			);
			checkEnum(problems, entry, 'strategy', ID_SYNC_STRATEGIES, prefix);
			assertValid(problems);
			const out = { externalId: entry.externalId, strategy: entry.strategy };
			if (entry.mapTo) out.mapTo = entry.mapTo;
			return out;
		});
	}

	function checkConnectionSettings(body) {
		const value = body.connectionSettings;
		if (value !== undefined && value !== null && !isObject(value))
			throw invalidOne('connectionSettings', '"connectionSettings" must be an object or null');
		return value;
	}

	/** Checks personalization and destinationMapping of a create or an update. */
	function checkActivationParts(body, audience, problems) {
		if (body.personalization !== undefined) {
			if (!isObject(body.personalization)) {
				problems.push(['personalization', '"personalization" must be an object']);
			} else {
				const { profile, entities } = body.personalization;
				if (profile !== undefined && !isObject(profile))
					problems.push(['personalization.profile', '"personalization.profile" must be an object']);
				if (entities !== undefined && !Array.isArray(entities))
					problems.push([
						'personalization.entities',
						'"personalization.entities" must be an array',
					]);
				if (Array.isArray(entities) && entities.length > 0 && audienceTypeOf(audience) !== 'LINKED')
					problems.push([
						'personalization.entities',
						'Entities can only personalize a Linked Audience',
					]);
			}
		}
		if (body.destinationMapping !== undefined) {
			if (!isObject(body.destinationMapping))
				problems.push(['destinationMapping', '"destinationMapping" must be an object']);
			else
				problems.push(
					...check(
						body.destinationMapping,
						[
							['actionId', 'id', true],
							['settings', 'object', false],
						],
						'destinationMapping.',
					),
				);
		}
	}

	function personalizationOf(input, stored) {
		const base = stored || { profile: { properties: [], mapping: {} }, entities: [] };
		if (!input) return clone(base);
		const out = clone(base);
		if (input.profile !== undefined) {
			out.profile = {
				properties: Array.isArray(input.profile.properties) ? [...input.profile.properties] : [],
				mapping: isObject(input.profile.mapping) ? { ...input.profile.mapping } : {},
			};
		}
		if (input.entities !== undefined) out.entities = clone(input.entities);
		if (input.syncEntityPropertyChanges !== undefined)
			out.syncEntityPropertyChanges = Boolean(input.syncEntityPropertyChanges);
		return out;
	}

	// Seed: the high-value audience is connected to the order webhook, with one activation.
	const webhookMeta = CATALOG.destinations.find((entry) => entry.slug === 'actions-webhook');
	const webhook = [...state.destinations.values()].find(
		(destination) => destination.metadataId === webhookMeta.id,
	);
	const seededAudience = state.audiences.get('aud_sandboxHighValue001');
	if (webhook && seededAudience) {
		connectionsOf(seededAudience).set(webhook.id, {
			id: webhook.id,
			destinationId: webhook.id,
			type: 'destination',
			idSyncConfiguration: clone(DEFAULT_ID_SYNC),
			connectionSettings: null,
			createdAt: nowIso(),
			updatedAt: nowIso(),
		});
		const activation = {
			id: 'act_sandboxHighValueHook1',
			enabled: true,
			spaceId: seededAudience.spaceId,
			audienceId: seededAudience.id,
			connectionId: webhook.id,
			activationType: 'Audience Entered',
			activationName: 'High-value customers to the order webhook',
			displayName: null,
			personalization: {
				profile: { properties: ['email', 'first_name'], mapping: {} },
				entities: [],
			},
			destinationMapping: {
				actionId: webhookMeta.actions[0].id,
				settings: { url: 'https://hooks.example.com/high-value', method: 'POST' },
			},
			performResync: false,
		};
		state.activations.set(activation.id, activation);
	}

	route(
		'GET',
		'/spaces/:spaceId/audienceType/:audienceType/supported-destinations',
		(ctx) => {
			getSpace(ctx.params.spaceId);
			const audienceType = ctx.params.audienceType;
			if (!AUDIENCE_TYPES.includes(audienceType))
				throw invalidOne(
					'audienceType',
					`"audienceType" must be one of ${AUDIENCE_TYPES.join(', ')}`,
				);
			const slug = queryValue(ctx.query, 'slug');
			const actionId = queryValue(ctx.query, 'actionId');
			const destinations = {};
			for (const entry of CATALOG.destinations) {
				const actions = audienceType === 'LINKED' ? entry.actions.slice(0, 1) : entry.actions;
				if (actions.length === 0 && entry.slug !== 'amplitude') continue;
				if (slug && entry.slug !== slug) continue;
				if (actionId && !actions.some((action) => action.id === actionId)) continue;
				destinations[entry.slug] = {
					id: entry.id,
					name: entry.name,
					slug: entry.slug,
					actions: actions
						.filter((action) => !actionId || action.id === actionId)
						.map((action) => ({
							id: action.id,
							slug: action.slug,
							name: action.name,
							fields: (action.fields || []).map((field) => ({
								fieldKey: field.fieldKey,
								label: field.label,
								type: field.type,
								required: field.required,
							})),
						})),
				};
			}
			return { destinations };
		},
		ALPHA,
	);

	const CONNECTIONS = '/spaces/:spaceId/audiences/:audienceId/destination-connections';
	const ACTIVATIONS = '/spaces/:spaceId/audiences/:audienceId/activations';
	const audienceOf = (ctx) => getAudience(ctx.params.spaceId, ctx.params.audienceId);

	route(
		'GET',
		CONNECTIONS,
		(ctx) =>
			optionalPage(
				ctx.query,
				'connections',
				[...connectionsOf(audienceOf(ctx)).values()],
				connectionOut,
			),
		ALPHA,
	);

	route(
		'POST',
		CONNECTIONS,
		(ctx) => {
			const audience = audienceOf(ctx);
			const body = readBody(ctx);
			assertValid(check(body, [['destination', 'object', true]]));
			const problems = check(
				body.destination,
				[
					['id', 'id', true],
					['type', 'id', true],
				],
				'destination.',
			);
			checkEnum(problems, body.destination, 'type', DESTINATION_TYPES, 'destination.');
			assertValid(problems);
			const { id, type } = body.destination;
			if (type === 'destination') getDestination(id);
			else getWarehouse(id);
			const idSyncConfiguration = checkIdSync(body, 'idSyncConfiguration');
			const connectionSettings = checkConnectionSettings(body);
			const connections = connectionsOf(audience);
			if (connections.has(id))
				throw invalidOne('destination.id', 'The destination is already connected to the audience');
			const connection = {
				id,
				destinationId: id,
				type,
				idSyncConfiguration: idSyncConfiguration || clone(DEFAULT_ID_SYNC),
				connectionSettings: connectionSettings === undefined ? null : clone(connectionSettings),
				createdAt: nowIso(),
				updatedAt: nowIso(),
			};
			connections.set(id, connection);
			recordAudit('Destination Added into Audience', 'audience', audience, audience.name);
			return {
				connection: { id },
				idSyncConfiguration: clone(connection.idSyncConfiguration),
				connectionSettings: censor(clone(connection.connectionSettings)),
			};
		},
		ALPHA,
	);

	route(
		'PATCH',
		`${CONNECTIONS}/:destinationId`,
		(ctx) => {
			const audience = audienceOf(ctx);
			const connection = getConnection(audience, ctx.params.destinationId);
			const body = readBody(ctx);
			if (body.idSyncConfiguration === undefined && body.connectionSettings === undefined)
				throw invalidOne(
					'body',
					'At least one of idSyncConfiguration or connectionSettings must be supplied',
				);
			const idSyncConfiguration = checkIdSync(body, 'idSyncConfiguration');
			const connectionSettings = checkConnectionSettings(body);
			if (idSyncConfiguration) connection.idSyncConfiguration = idSyncConfiguration;
			if (connectionSettings !== undefined)
				connection.connectionSettings = clone(connectionSettings);
			connection.updatedAt = nowIso();
			return {
				destination: { id: connection.destinationId },
				idSyncConfiguration: clone(connection.idSyncConfiguration),
				connectionSettings: censor(clone(connection.connectionSettings)),
			};
		},
		ALPHA,
	);

	route(
		'DELETE',
		`${CONNECTIONS}/:destinationId`,
		(ctx) => {
			const audience = audienceOf(ctx);
			const connection = getConnection(audience, ctx.params.destinationId);
			const activations = [...state.activations.values()].filter(
				(activation) =>
					activation.audienceId === audience.id && activation.connectionId === connection.id,
			);
			if (activations.length > 0) {
				throw new ApiError(409, [
					{
						type: 'Conflict',
						message: `The destination has ${activations.length} activation(s); remove them first`,
					},
				]);
			}
			connectionsOf(audience).delete(connection.id);
			recordAudit('Destination Removed from Audience', 'audience', audience, audience.name);
			return { status: 'SUCCESS' };
		},
		ALPHA,
	);

	route(
		'POST',
		`${CONNECTIONS}/:connectionId/activations`,
		(ctx) => {
			const audience = audienceOf(ctx);
			const connection = getConnection(audience, ctx.params.connectionId);
			const body = readBody(ctx);
			const problems = check(body, [
				['enabled', 'boolean', false],
				['performResync', 'boolean', true],
				['activationType', 'id', true],
				['activationName', 'id', true],
				['displayName', 'string', false],
			]);
			checkEnum(problems, body, 'activationType', ACTIVATION_TYPES);
			checkActivationParts(body, audience, problems);
			assertValid(problems);
			const activation = {
				id: `act_${randomId()}`,
				enabled: body.enabled === undefined ? true : body.enabled,
				spaceId: audience.spaceId,
				audienceId: audience.id,
				connectionId: connection.id,
				activationType: body.activationType,
				activationName: body.activationName,
				displayName: body.displayName === undefined ? null : body.displayName,
				personalization: personalizationOf(body.personalization),
				performResync: body.performResync,
			};
			if (body.destinationMapping) activation.destinationMapping = clone(body.destinationMapping);
			state.activations.set(activation.id, activation);
			recordAudit('Activation Created', 'audience', audience, audience.name);
			return { activation: activationOut(activation) };
		},
		ALPHA,
	);

	route(
		'GET',
		ACTIVATIONS,
		(ctx) => {
			const audience = audienceOf(ctx);
			const activations = [...state.activations.values()].filter(
				(activation) => activation.audienceId === audience.id,
			);
			return optionalPage(ctx.query, 'activations', activations, activationOut);
		},
		ALPHA,
	);

	route(
		'GET',
		`${ACTIVATIONS}/:activationId`,
		(ctx) => ({
			activation: activationOut(getActivation(audienceOf(ctx), ctx.params.activationId)),
		}),
		ALPHA,
	);

	route(
		'PATCH',
		`${ACTIVATIONS}/:activationId`,
		(ctx) => {
			const audience = audienceOf(ctx);
			const activation = getActivation(audience, ctx.params.activationId);
			const body = readBody(ctx);
			const problems = check(body, [
				['enabled', 'boolean', false],
				['performResync', 'boolean', false],
				['activationName', 'string', false],
				['displayName', 'nullableString', false],
			]);
			checkActivationParts(body, audience, problems);
			assertValid(problems);
			if (body.enabled !== undefined) activation.enabled = body.enabled;
			if (body.performResync !== undefined) activation.performResync = body.performResync;
			// An empty name is ignored rather than applied, as Segment documents.
			if (body.activationName) activation.activationName = body.activationName;
			if (body.displayName !== undefined) activation.displayName = body.displayName;
			if (body.personalization)
				activation.personalization = personalizationOf(
					body.personalization,
					activation.personalization,
				);
			if (body.destinationMapping) {
				// The action cannot change; settings are replaced one field at a time.
				const stored = activation.destinationMapping || {
					actionId: body.destinationMapping.actionId,
					settings: {},
				};
				activation.destinationMapping = {
					actionId: stored.actionId,
					settings: { ...stored.settings, ...(body.destinationMapping.settings || {}) },
				};
			}
			recordAudit('Activation Updated', 'audience', audience, audience.name);
			return { activation: activationOut(activation) };
		},
		ALPHA,
	);

	route(
		'DELETE',
		`${ACTIVATIONS}/:activationId`,
		(ctx) => {
			const audience = audienceOf(ctx);
			const activation = getActivation(audience, ctx.params.activationId);
			state.activations.delete(activation.id);
			recordAudit('Activation Deleted', 'audience', audience, audience.name);
			return { status: 'SUCCESS' };
		},
		ALPHA,
	);

	// ---------------------------------------------------------------------------------------------
	// Space schema: what each space has seen, deterministic for a given clock
	// ---------------------------------------------------------------------------------------------

	// Times are counted back from when the sandbox started, so every answer gives the same ones.
	const startedAt = clock();
	const seenAt = (hoursAgo) => new Date(startedAt - hoursAgo * HOUR).toISOString();
	const property = (name, type, hoursAgo, samples) => ({ name, type, hoursAgo, samples });

	const PRODUCTION_SCHEMA = {
		events: [
			{
				name: 'Order Completed',
				type: 'TRACK',
				hoursAgo: 1,
				properties: [
					property('order_id', 'PROPERTY', 1, ['ord_10231', 'ord_10232', 'ord_10233']),
					property('revenue', 'PROPERTY', 1, ['129.90', '54.00', '310.25']),
					property('currency', 'PROPERTY', 1, ['USD', 'EUR']),
					property('campaign.source', 'CONTEXT', 3, ['newsletter', 'google']),
				],
			},
			{
				name: 'Product Viewed',
				type: 'TRACK',
				hoursAgo: 2,
				properties: [
					property('product_id', 'PROPERTY', 2, ['sku_001', 'sku_042', 'sku_107']),
					property('category', 'PROPERTY', 2, ['Shoes', 'Jackets']),
					property('page.url', 'CONTEXT', 2, ['https://shop.example.com/p/sku_001']),
				],
			},
			{
				name: 'Signed Up',
				type: 'TRACK',
				hoursAgo: 5,
				properties: [property('plan', 'PROPERTY', 5, ['free', 'pro'])],
			},
			{
				name: 'Home',
				type: 'PAGE',
				hoursAgo: 8,
				properties: [property('path', 'PROPERTY', 8, ['/', '/pricing'])],
			},
			{
				name: 'Identify',
				type: 'IDENTIFY',
				hoursAgo: 12,
				properties: [property('email', 'PROPERTY', 12, ['ada@example.com', 'grace@example.com'])],
			},
		],
		traits: {
			users: [
				{
					trait: 'days_since_last_seen',
					type: 'COMPUTED',
					hoursAgo: 4,
					samples: ['3', '12', '45'],
				},
				{
					trait: 'email',
					type: 'CUSTOM',
					hoursAgo: 1,
					samples: ['ada@example.com', 'grace@example.com'],
				},
				{ trait: 'first_name', type: 'CUSTOM', hoursAgo: 1, samples: ['Ada', 'Grace', 'Linus'] },
				{
					trait: 'high_value_customers',
					type: 'AUDIENCE',
					hoursAgo: 6,
					samples: ['true', 'false'],
				},
				{ trait: 'lifetime_value', type: 'SQL', hoursAgo: 24, samples: ['1250.5', '80', '4310'] },
				{ trait: 'plan', type: 'CUSTOM', hoursAgo: 5, samples: ['free', 'pro', 'enterprise'] },
			],
			accounts: [
				{ trait: 'company_name', type: 'CUSTOM', hoursAgo: 3, samples: ['Acme Corp', 'Globex'] },
				{ trait: 'employees', type: 'CUSTOM', hoursAgo: 30, samples: ['12', '250', '4000'] },
				{ trait: 'industry', type: 'CUSTOM', hoursAgo: 30, samples: ['Retail', 'Software'] },
			],
		},
		entities: [
			{
				slug: 'accounts',
				name: 'Accounts',
				relationshipSlug: 'accounts',
				parent: undefined,
				properties: [
					{ name: 'account_id', primaryKey: true, dataType: 'STRING', samples: ['acc_1', 'acc_2'] },
					{ name: 'name', primaryKey: false, dataType: 'STRING', samples: ['Acme Corp', 'Globex'] },
					{ name: 'arr', primaryKey: false, dataType: 'NUMBER', samples: ['12000', '98000'] },
				],
			},
			{
				slug: 'subscriptions',
				name: 'Subscriptions',
				relationshipSlug: 'account-subscriptions',
				parent: 'accounts',
				properties: [
					{
						name: 'subscription_id',
						primaryKey: true,
						dataType: 'STRING',
						samples: ['sub_1', 'sub_2'],
					},
					{
						name: 'status',
						primaryKey: false,
						dataType: 'STRING',
						samples: ['active', 'canceled'],
					},
					{
						name: 'renews_at',
						primaryKey: false,
						dataType: 'TIMESTAMP',
						samples: ['2026-03-01T00:00:00Z'],
					},
				],
			},
			{
				slug: 'products',
				name: 'Products',
				relationshipSlug: 'subscription-products',
				parent: 'subscriptions',
				properties: [
					{ name: 'sku', primaryKey: true, dataType: 'STRING', samples: ['sku_001', 'sku_042'] },
					{ name: 'price', primaryKey: false, dataType: 'NUMBER', samples: ['19.99', '49.00'] },
				],
			},
		],
	};
	const STAGING_SCHEMA = {
		events: [PRODUCTION_SCHEMA.events[2]],
		traits: { users: PRODUCTION_SCHEMA.traits.users.slice(1, 3), accounts: [] },
		entities: [],
	};
	state.spaceSchemas = new Map([
		['spa_sandboxProduction01', PRODUCTION_SCHEMA],
		['spa_sandboxStaging0002', STAGING_SCHEMA],
	]);

	const schemaOf = (spaceId) => {
		getSpace(spaceId);
		return (
			state.spaceSchemas.get(spaceId) || {
				events: [],
				traits: { users: [], accounts: [] },
				entities: [],
			}
		);
	};

	/** The query with `pagination[count]` set to the default page when `pagination` is absent. */
	function schemaQuery(query) {
		const out = new URLSearchParams(query);
		if (
			queryValue(
				query,
				'pagination[count]',
				'pagination.count',
				'pagination[cursor]',
				'pagination.cursor',
			) === undefined
		)
			out.set('pagination[count]', SCHEMA_PAGE_SIZE);
		return out;
	}

	/** Reads includeSampleValues and samplesCount: how many samples to add to each entry, or 0. */
	function samplesWanted(query) {
		const include = queryValue(query, 'includeSampleValues');
		if (include !== undefined && include !== 'true' && include !== 'false')
			throw invalidOne('includeSampleValues', '"includeSampleValues" must be true or false');
		const count = queryValue(query, 'samplesCount');
		if (count !== undefined && (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > 100))
			throw invalidOne('samplesCount', '"samplesCount" must be a number between 1 and 100');
		if (include !== 'true') return 0;
		return count === undefined ? 20 : Number(count);
	}

	/** Applies search (by `key`), sortBy and sortDir to a list. */
	function sorted(query, items, key, sortKeys, defaults) {
		const sortBy = queryValue(query, 'sortBy') || defaults.sortBy;
		const sortDir = queryValue(query, 'sortDir') || defaults.sortDir;
		if (!sortKeys.includes(sortBy))
			throw invalidOne('sortBy', `"sortBy" must be one of ${sortKeys.join(', ')}`);
		if (!['asc', 'desc'].includes(sortDir))
			throw invalidOne('sortDir', '"sortDir" must be one of asc, desc');
		const search = (queryValue(query, 'search') || '').toLowerCase();
		const field = sortBy === 'lastSeenAt' ? 'hoursAgo' : key;
		const found = items.filter((item) => String(item[key]).toLowerCase().includes(search));
		found.sort((a, b) => {
			// Sorting by last seen compares "hours ago": the most recent has the fewest.
			const order =
				field === 'hoursAgo'
					? b.hoursAgo - a.hoursAgo
					: String(a[field]).localeCompare(String(b[field]));
			return sortDir === 'asc' ? order : -order;
		});
		return found;
	}

	const forwardOnly = (page) => {
		delete page.pagination.previous;
		return page;
	};

	function getEvent(schema, name) {
		const event = schema.events.find((item) => item.name === name);
		if (!event) throw notFound('Event not found');
		return event;
	}

	function traitCollection(query) {
		const collection = queryValue(query, 'collection') || 'users';
		if (!['accounts', 'users'].includes(collection))
			throw invalidOne('collection', '"collection" must be one of accounts, users');
		return collection;
	}

	function getEntity(schema, slug) {
		const entity = schema.entities.find((item) => item.slug === slug);
		if (!entity) throw notFound('Entity not found');
		return entity;
	}

	/** The path of an entity in the data graph: its ancestors' entities, root first. */
	function lineage(schema, entity) {
		const chain = [];
		for (let node = entity; node; node = node.parent && getEntity(schema, node.parent))
			chain.unshift(node);
		return chain;
	}

	route(
		'GET',
		'/spaces/:spaceId/events',
		(ctx) => {
			const schema = schemaOf(ctx.params.spaceId);
			const events = sorted(ctx.query, schema.events, 'name', ['lastSeenAt', 'name'], {
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
			});
			return paginate(schemaQuery(ctx.query), 'events', events, (event) => ({
				name: event.name,
				type: event.type,
				lastSeenAt: seenAt(event.hoursAgo),
			}));
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/events/:eventName/properties',
		(ctx) => {
			const event = getEvent(schemaOf(ctx.params.spaceId), ctx.params.eventName);
			const samples = samplesWanted(ctx.query);
			const properties = sorted(ctx.query, event.properties, 'name', ['lastSeenAt', 'name'], {
				sortBy: 'lastSeenAt',
				sortDir: 'desc',
			});
			return paginate(schemaQuery(ctx.query), 'eventProperties', properties, (item) => ({
				name: item.name,
				type: item.type,
				eventName: event.name,
				lastSeenAt: seenAt(item.hoursAgo),
				...(samples ? { samples: item.samples.slice(0, samples) } : {}),
			}));
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/events/:eventName/properties/:propertyName/sample-values',
		(ctx) => {
			const event = getEvent(schemaOf(ctx.params.spaceId), ctx.params.eventName);
			const propertyType = queryValue(ctx.query, 'propertyType');
			if (propertyType !== undefined && !['CONTEXT', 'PROPERTY'].includes(propertyType))
				throw invalidOne('propertyType', '"propertyType" must be one of CONTEXT, PROPERTY');
			const found = event.properties.find(
				(item) =>
					item.name === ctx.params.propertyName && (!propertyType || item.type === propertyType),
			);
			if (!found) throw notFound('Property not found');
			return { sampleValues: [...found.samples] };
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/traits',
		(ctx) => {
			const schema = schemaOf(ctx.params.spaceId);
			const collection = traitCollection(ctx.query);
			const samples = samplesWanted(ctx.query);
			const traits = sorted(
				ctx.query,
				schema.traits[collection],
				'trait',
				['lastSeenAt', 'trait'],
				{
					sortBy: 'trait',
					sortDir: 'asc',
				},
			);
			return forwardOnly(
				paginate(schemaQuery(ctx.query), 'traits', traits, (item) => ({
					trait: item.trait,
					type: item.type,
					lastSeenAt: seenAt(item.hoursAgo),
					...(samples ? { samples: item.samples.slice(0, samples) } : {}),
				})),
			);
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/traits/:traitKey/sample-values',
		(ctx) => {
			const schema = schemaOf(ctx.params.spaceId);
			const collection = traitCollection(ctx.query);
			const trait = schema.traits[collection].find((item) => item.trait === ctx.params.traitKey);
			if (!trait) throw notFound('Trait not found');
			return { sampleValues: [...trait.samples] };
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/entity-paths',
		(ctx) => {
			const schema = schemaOf(ctx.params.spaceId);
			const search = (queryValue(ctx.query, 'search') || '').toLowerCase();
			const paths = schema.entities
				.map((entity) => {
					const chain = lineage(schema, entity);
					const relationshipSlugs = chain.slice(1).map((node) => node.relationshipSlug);
					return {
						id: `ep_${chain.map((node) => node.slug).join('_')}`,
						entityName: entity.name,
						pathName: chain.map((node) => node.name).join(' → '),
						entitySlug: entity.slug,
						relationshipSlugs,
						childRelationshipSlugs: schema.entities
							.filter((child) => child.parent === entity.slug)
							.map((child) => child.relationshipSlug),
						parentRelationshipSlugPath: relationshipSlugs.slice(0, -1).join(':'),
					};
				})
				.filter(
					(path) =>
						path.entityName.toLowerCase().includes(search) ||
						path.pathName.toLowerCase().includes(search),
				);
			return paginate(schemaQuery(ctx.query), 'entityPaths', paths);
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/entities/:entitySlug/properties',
		(ctx) => {
			const entity = getEntity(schemaOf(ctx.params.spaceId), ctx.params.entitySlug);
			const samples = samplesWanted(ctx.query);
			return forwardOnly(
				paginate(schemaQuery(ctx.query), 'entityProperties', entity.properties, (item) => ({
					name: item.name,
					primaryKey: item.primaryKey,
					dataType: item.dataType,
					...(samples ? { samples: item.samples.slice(0, samples) } : {}),
				})),
			);
		},
		ALPHA,
	);

	route(
		'GET',
		'/spaces/:spaceId/entities/:entitySlug/properties/:propertyName/sample-values',
		(ctx) => {
			const entity = getEntity(schemaOf(ctx.params.spaceId), ctx.params.entitySlug);
			const found = entity.properties.find((item) => item.name === ctx.params.propertyName);
			if (!found) throw notFound('Property not found');
			return { sampleValues: [...found.samples] };
		},
		ALPHA,
	);
};
