'use strict';

/**
 * A local, stateful stand-in for the Segment Public API (dev-only; node: built-ins only).
 *
 *   const { startSandbox } = require('./sandbox/server');
 *   const sandbox = await startSandbox({ port: 0, sources: 10000, rateLimit: { points: 100, windowMs: 10000 } });
 *   // sandbox.url, sandbox.token, sandbox.workspace, sandbox.counters, sandbox.setFaults({...}), await sandbox.close()
 *
 * See sandbox/README.md for the routes and the behaviour it imitates.
 */

const http = require('node:http');
const { CATALOG, ROLES, makeRng, makeIdFactory, hash32, createSeed } = require('./seed');
const errors = require('./lib/errors');
const requests = require('./lib/requests');
const pagination = require('./lib/pagination');
const { MASK, censor } = require('./lib/secrets');
const { createResources } = require('./lib/resources');
const ROUTE_GROUPS = require('./routes');

const { ApiError, notFound, invalidOne, throwIt } = errors;
const { isObject, clone, queryArray, readBody, check, assertValid, checkEnum } = requests;
const { readPagination, paginate } = pagination;

const HOST = '127.0.0.1';
const DEFAULT_TOKEN = 'sandbox-token';
const MAX_BODY_BYTES = 25 * 1024 * 1024;
const MAX_VOLUME_BUCKETS = 10080;
/** Used for the X-RateLimit-* headers when no rate limit is configured. */
const NOMINAL_RATE_LIMIT = { points: 1000000, windowMs: 60000 };
const OPERATION_LIMITS = {
	eventsVolume: { points: 60, windowMs: 60000 },
	subscriptionWrites: { points: 5, windowMs: 60000 },
	trackingPlanRules: { points: 200, windowMs: 60000 },
};
/**
 * Regulation creates have their own quota, always on, counted per category: Segment-only and
 * Segment & Destination regulation types. 600 per minute each unless `regulationQuota` says otherwise.
 */
const REGULATION_QUOTA = { points: 600, windowMs: 60000 };
const REGULATION_TYPES = [
	'DELETE_INTERNAL',
	'DELETE_ONLY',
	'SUPPRESS_ONLY',
	'SUPPRESS_WITH_DELETE',
	'SUPPRESS_WITH_DELETE_INTERNAL',
	'UNSUPPRESS',
];
/** Source-scoped regulations also allow DELETE_ARCHIVE_ONLY. */
const SOURCE_REGULATION_TYPES = ['DELETE_ARCHIVE_ONLY', ...REGULATION_TYPES];
/** The regulation types that reach destinations; the others count against the Segment-only quota. */
const DESTINATION_REGULATION_TYPES = ['DELETE_ONLY', 'SUPPRESS_WITH_DELETE'];
const SUPPRESSING_REGULATION_TYPES = [
	'SUPPRESS_ONLY',
	'SUPPRESS_WITH_DELETE',
	'SUPPRESS_WITH_DELETE_INTERNAL',
];
const REGULATION_STATUSES = [
	'FAILED',
	'FINISHED',
	'INITIALIZED',
	'INVALID',
	'NOT_SUPPORTED',
	'PARTIAL_SUCCESS',
	'RUNNING',
];
const MAX_REGULATION_SUBJECTS = 5000;
const TRACKING_PLAN_TYPES = ['ENGAGE', 'LIVE', 'PROPERTY_LIBRARY', 'RULE_LIBRARY', 'TEMPLATE'];
const RULE_TYPES = ['COMMON', 'GROUP', 'IDENTIFY', 'PAGE', 'SCREEN', 'TRACK'];
/** Segment refuses to replace (PUT) the rules of a tracking plan that has more than this many. */
const MAX_REPLACEABLE_RULES = 200;
/** Source schema settings: the keys of each section, with `boolean` or the allowed values. */
const SCHEMA_SETTINGS = {
	track: {
		allowUnplannedEvents: 'boolean',
		allowUnplannedEventProperties: 'boolean',
		allowEventOnViolations: 'boolean',
		allowPropertiesOnViolations: 'boolean',
		commonEventOnViolations: ['ALLOW', 'BLOCK', 'OMIT_PROPERTIES'],
	},
	identify: {
		allowUnplannedTraits: 'boolean',
		allowTraitsOnViolations: 'boolean',
		commonEventOnViolations: ['ALLOW', 'BLOCK', 'OMIT_TRAITS'],
	},
	group: {
		allowUnplannedTraits: 'boolean',
		allowTraitsOnViolations: 'boolean',
		commonEventOnViolations: ['ALLOW', 'BLOCK', 'OMIT_TRAITS'],
	},
};
const SCHEMA_FORWARDING = ['forwardingViolationsTo', 'forwardingBlockedEventsTo'];
const FUNCTION_RESOURCE_TYPES = [
	'DESTINATION',
	'INSERT_DESTINATION',
	'INSERT_SOURCE',
	'INSERT_TRANSFORMATION',
	'SOURCE',
];
const FUNCTION_ID_PREFIX = {
	DESTINATION: 'dfn_',
	INSERT_DESTINATION: 'ifnd_',
	INSERT_SOURCE: 'ifns_',
	INSERT_TRANSFORMATION: 'ifnt_',
	SOURCE: 'sfnc_',
};
const FUNCTION_SETTING_TYPES = ['ARRAY', 'BOOLEAN', 'STRING', 'TEXT_MAP'];
const FILTER_ACTION_TYPES = ['ALLOW_PROPERTIES', 'DROP', 'DROP_PROPERTIES', 'SAMPLE'];
const GENERIC_TYPES = ['application/json', '*/*', 'application/*'];
const GRANULARITY_MS = { DAY: 86400000, HOUR: 3600000, MINUTE: 60000 };
const VOLUME_GROUPS = ['eventName', 'eventType', 'source'];
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const SLUG = /^[a-z0-9][a-z0-9_-]*$/;

// ---------------------------------------------------------------------------------------------
// Destination filters: a subset of FQL, and the preview of a filter on a payload
// ---------------------------------------------------------------------------------------------

/** The value at a dotted path (`properties.total`, `context.page.url`, `products.0.id`); '' is the payload. */
function valueAt(payload, path) {
	if (path === '') return payload;
	let value = payload;
	for (const part of path.split('.')) {
		if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part))
			return undefined;
		value = value[part];
	}
	return value;
}

const FQL_TOKEN =
	/\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(-?\d+(?:\.\d+)?)(?![\w.$])|(!=|<=|>=|=|<|>|!|\(|\)|,)|([A-Za-z_$][\w$]*(?:\.[\w$]+)*))/y;

/**
 * Compiles the FQL the sandbox understands into a predicate on a payload; throws an Error naming
 * the problem otherwise. The subset:
 *
 *   all                        every event
 *   path = literal             also != and, for numbers or strings, < <= > >=
 *   a and b, a or b            `and` binds tighter than `or`; either case (AND, OR)
 *   !(a), ( … )                negation and grouping
 *
 * A path is a dotted name (type, event, userId, properties.total, context.page.url); a literal is a
 * "string" (or 'string'), a number, true, false or null. A missing field equals null. Functions
 * (match, contains, length, …) and field-to-field comparisons are not supported.
 */
function compileFql(text) {
	if (text.trim().toLowerCase() === 'all') return () => true;
	const tokens = [];
	FQL_TOKEN.lastIndex = 0;
	while (FQL_TOKEN.lastIndex < text.length) {
		if (/^\s*$/.test(text.slice(FQL_TOKEN.lastIndex))) break;
		const at = FQL_TOKEN.lastIndex;
		const found = FQL_TOKEN.exec(text);
		if (!found) throw new Error(`unexpected "${text.slice(at).trim().slice(0, 20)}"`);
		const [, string, number, op, word] = found;
		if (string !== undefined) {
			const body = string.slice(1, -1).replace(/\\(.)/g, '$1');
			tokens.push({ kind: 'literal', value: body });
		} else if (number !== undefined) tokens.push({ kind: 'literal', value: Number(number) });
		else if (op !== undefined) tokens.push({ kind: op });
		else {
			const lower = word.toLowerCase();
			if (lower === 'and' || lower === 'or') tokens.push({ kind: lower });
			else if (lower === 'true' || lower === 'false')
				tokens.push({ kind: 'literal', value: lower === 'true' });
			else if (lower === 'null') tokens.push({ kind: 'literal', value: null });
			else tokens.push({ kind: 'path', value: word });
		}
	}
	let index = 0;
	const peek = () => tokens[index] || { kind: 'end' };
	const expect = (kind) => {
		const token = peek();
		if (token.kind !== kind)
			throw new Error(`expected ${kind === 'end' ? 'the end' : `"${kind}"`} at token ${index + 1}`);
		index += 1;
		return token;
	};
	const compare = (op, value, literal) => {
		const actual = value === undefined ? null : value;
		if (op === '=') return actual === literal;
		if (op === '!=') return actual !== literal;
		if (typeof actual !== typeof literal || !['number', 'string'].includes(typeof actual))
			return false;
		if (op === '<') return actual < literal;
		if (op === '<=') return actual <= literal;
		if (op === '>') return actual > literal;
		return actual >= literal;
	};
	const parseOr = () => {
		let left = parseAnd();
		while (peek().kind === 'or') {
			index += 1;
			const a = left;
			const b = parseAnd();
			left = (payload) => a(payload) || b(payload);
		}
		return left;
	};
	const parseAnd = () => {
		let left = parseUnary();
		while (peek().kind === 'and') {
			index += 1;
			const a = left;
			const b = parseUnary();
			left = (payload) => a(payload) && b(payload);
		}
		return left;
	};
	const parseUnary = () => {
		const token = peek();
		if (token.kind === '!') {
			index += 1;
			const inner = parseUnary();
			return (payload) => !inner(payload);
		}
		if (token.kind === '(') {
			index += 1;
			const inner = parseOr();
			expect(')');
			return inner;
		}
		if (token.kind !== 'path') throw new Error(`expected a field name at token ${index + 1}`);
		index += 1;
		if (peek().kind === '(')
			throw new Error(`functions such as ${token.value}() are not supported by the sandbox`);
		const op = peek().kind;
		if (!['=', '!=', '<', '<=', '>', '>='].includes(op))
			throw new Error(`expected a comparison after "${token.value}"`);
		index += 1;
		const literal = peek();
		if (literal.kind !== 'literal')
			throw new Error(
				`expected a string, number, true, false or null after "${token.value} ${op}"`,
			);
		index += 1;
		return (payload) => compare(op, valueAt(payload, token.value), literal.value);
	};
	if (tokens.length === 0) throw new Error('the condition is empty');
	const predicate = parseOr();
	expect('end');
	return predicate;
}

/**
 * Applies a filter to a copy of the payload: unchanged when `if` does not match; otherwise SAMPLE
 * (kept when a stable hash of the value at `path`, or of the whole payload, falls below `percent`),
 * DROP (null), DROP_PROPERTIES and ALLOW_PROPERTIES (on the object at each path of `fields`, ''
 * being the top level). The outcome does not depend on the order of the actions (Segment runs them
 * as sample, drop, drop properties, allow properties).
 */
function applyDestinationFilter(condition, actions, payload) {
	const result = clone(payload);
	if (!condition(payload)) return result;
	for (const action of actions) {
		if (action.type === 'SAMPLE') {
			const basis = action.path ? valueAt(payload, action.path) : payload;
			const share = hash32(JSON.stringify(basis === undefined ? null : basis)) / 4294967296;
			if (share >= action.percent) return null;
		} else if (action.type === 'DROP') return null;
		else {
			for (const [path, names] of Object.entries(action.fields || {})) {
				const target = valueAt(result, path);
				if (!isObject(target)) continue;
				for (const key of Object.keys(target)) {
					const listed = names.includes(key);
					if (action.type === 'DROP_PROPERTIES' ? listed : !listed) delete target[key];
				}
			}
		}
	}
	return result;
}

/** Validates a filter's `actions` (already known to be an array when given) into `problems`. */
function checkFilterActions(actions, prefix, problems) {
	if (!Array.isArray(actions)) return;
	if (actions.length === 0) problems.push([prefix, `"${prefix}" must contain at least 1 item`]);
	actions.forEach((action, index) => {
		const field = `${prefix}[${index}]`;
		if (!isObject(action)) {
			problems.push([field, `"${field}" must be an object`]);
			return;
		}
		problems.push(
			...check(
				action,
				[
					['type', 'id', true],
					['fields', 'object', false],
					['path', 'string', false],
				],
				`${field}.`,
			),
		);
		checkEnum(problems, action, 'type', FILTER_ACTION_TYPES, `${field}.`);
		const onProperties = action.type === 'DROP_PROPERTIES' || action.type === 'ALLOW_PROPERTIES';
		if (isObject(action.fields)) {
			if (onProperties && Object.keys(action.fields).length === 0)
				problems.push([`${field}.fields`, `"${field}.fields" must name at least one path`]);
			for (const [path, names] of Object.entries(action.fields)) {
				const at = `${field}.fields.${path === '' ? '""' : path}`;
				if (
					!Array.isArray(names) ||
					!names.every((name) => typeof name === 'string' && name !== '')
				)
					problems.push([at, `"${at}" must be an array of property names`]);
			}
		} else if (onProperties && (action.fields === undefined || action.fields === null)) {
			problems.push([`${field}.fields`, `"${field}.fields" is required for ${action.type}`]);
		}
		if (action.percent !== undefined && action.percent !== null) {
			if (typeof action.percent !== 'number' || !(action.percent >= 0 && action.percent <= 1))
				problems.push([`${field}.percent`, `"${field}.percent" must be a number between 0 and 1`]);
		} else if (action.type === 'SAMPLE') {
			problems.push([`${field}.percent`, `"${field}.percent" is required for SAMPLE`]);
		}
	});
}

/** The stored form of valid actions: type, then fields, percent and path when given. */
const filterActions = (actions) =>
	actions.map((action) => {
		const out = { type: action.type };
		for (const name of ['fields', 'percent', 'path']) {
			if (action[name] !== undefined && action[name] !== null) out[name] = clone(action[name]);
		}
		return out;
	});

// ---------------------------------------------------------------------------------------------
// The sandbox
// ---------------------------------------------------------------------------------------------

/**
 * Starts the sandbox on 127.0.0.1.
 * @param {object} [options] see server.d.ts
 */
async function startSandbox(options = {}) {
	const token = options.token || DEFAULT_TOKEN;
	const seed = Number.isInteger(options.seed) ? options.seed : 20240101;
	const idRng = makeRng(seed);
	const faultRng = makeRng(seed ^ 0x5eed);
	const randomId = makeIdFactory(idRng);
	const clock = typeof options.now === 'function' ? options.now : () => Date.now();
	const log = typeof options.log === 'function' ? options.log : undefined;
	const maxBodyBytes = options.maxBodyBytes || MAX_BODY_BYTES;
	/** true (default): alpha-only endpoints need Accept v1alpha; false: application/json, any type or no Accept also reach them. */
	const strictAlpha = options.strictAlpha !== false;

	const state = createSeed({ sources: options.sources, randomId, now: clock() });
	const catalog = {
		sources: new Map(CATALOG.sources.map((item) => [item.id, item])),
		destinations: new Map(CATALOG.destinations.map((item) => [item.id, item])),
		warehouses: new Map(CATALOG.warehouses.map((item) => [item.id, item])),
	};

	const faults = {
		rateLimit: null,
		failRate: 0,
		failStatuses: [500, 503],
		latencyMs: 0,
		latencyJitterMs: 0,
		operationLimits: false,
		regulationQuota: { ...REGULATION_QUOTA },
	};
	/** Fixed windows: global, one per OPERATION_LIMITS key, and one per regulation quota category. */
	const windows = { global: null };
	const counters = {
		requests: 0,
		rateLimited: 0,
		faultsInjected: 0,
		unauthorized: 0,
		notAcceptable: 0,
		byStatus: {},
	};

	function setFaults(next = {}) {
		const input = { ...next };
		if ('rateLimit' in input) {
			const limit = input.rateLimit;
			if (limit && !(limit.points > 0 && limit.windowMs > 0))
				throw new Error('rateLimit needs points > 0 and windowMs > 0');
			faults.rateLimit = limit
				? { points: Math.floor(limit.points), windowMs: Math.floor(limit.windowMs) }
				: null;
			windows.global = null;
		}
		if ('failRate' in input) {
			const rate = Number(input.failRate || 0);
			if (!(rate >= 0 && rate <= 1)) throw new Error('failRate must be between 0 and 1');
			faults.failRate = rate;
		}
		if ('failStatuses' in input)
			faults.failStatuses =
				input.failStatuses && input.failStatuses.length ? [...input.failStatuses] : [500, 503];
		if ('latencyMs' in input) faults.latencyMs = Math.max(0, Number(input.latencyMs || 0));
		if ('latencyJitterMs' in input)
			faults.latencyJitterMs = Math.max(0, Number(input.latencyJitterMs || 0));
		if ('operationLimits' in input) {
			faults.operationLimits = Boolean(input.operationLimits);
			for (const name of Object.keys(OPERATION_LIMITS)) windows[name] = null;
		}
		if ('regulationQuota' in input) {
			// null or undefined: back to Segment's 600 per minute.
			const quota = input.regulationQuota || REGULATION_QUOTA;
			if (!(quota.points > 0 && quota.windowMs > 0))
				throw new Error('regulationQuota needs points > 0 and windowMs > 0');
			faults.regulationQuota = {
				points: Math.floor(quota.points),
				windowMs: Math.floor(quota.windowMs),
			};
			windows.regulationsSegmentOnly = null;
			windows.regulationsWithDestinations = null;
		}
		return { ...faults };
	}
	setFaults({ ...options, ...(options.faults || {}) });

	/** Fixed-window limiter in the style of rate-limiter-flexible: rejected requests still consume. */
	function consume(name, limit) {
		const now = clock();
		let window = windows[name];
		if (!window || now >= window.resetAt) {
			window = windows[name] = { consumed: 0, resetAt: now + limit.windowMs };
		}
		window.consumed += 1;
		return {
			allowed: window.consumed <= limit.points,
			consumed: window.consumed,
			remaining: Math.max(0, limit.points - window.consumed),
			msBeforeNext: Math.max(0, window.resetAt - now),
			resetAt: window.resetAt,
		};
	}

	function rateLimitHeaders(result) {
		return {
			'X-RateLimit-Consumed': String(result.consumed),
			'X-RateLimit-Remaining': String(result.remaining),
			'X-RateLimit-Reset': new Date(result.resetAt).toUTCString(),
		};
	}

	function tooManyRequests(result) {
		return new ApiError(
			429,
			[
				{
					type: 'RequestError',
					message: 'Too many requests',
					data: {
						remainingPoints: 0,
						msBeforeNext: result.msBeforeNext,
						consumedPoints: result.consumed,
					},
				},
			],
			rateLimitHeaders(result),
		);
	}

	const resources = createResources({ state, catalog, clock });
	const {
		workspaceId,
		nowIso,
		sourceOut,
		destinationOut,
		warehouseOut,
		getSource,
		getDestination,
		getWarehouse,
		getFunction,
		getUser,
		auditEvents,
		recordAudit,
		deleteSourceCascade,
		deleteDestinationCascade,
	} = resources;

	// -------------------------------------------------------------------------------------------
	// Representations
	// -------------------------------------------------------------------------------------------

	const subscriptionOut = (subscription) => ({
		id: subscription.id,
		name: subscription.name,
		actionId: subscription.actionId,
		actionSlug: subscription.actionSlug,
		destinationId: subscription.destinationId,
		enabled: subscription.enabled,
		settings: censor(subscription.settings),
		trigger: subscription.trigger,
		modelId: subscription.modelId,
	});
	const latestVersion = (fn) => fn.versions[fn.versions.length - 1];
	const functionOut = (fn) => ({
		id: fn.id,
		resourceType: fn.resourceType,
		createdAt: fn.createdAt,
		createdBy: fn.createdBy,
		code: fn.code,
		deployedAt: fn.deployedAt,
		settings: clone(fn.settings),
		displayName: fn.displayName,
		description: fn.description,
		logoUrl: fn.logoUrl,
		previewWebhookUrl:
			fn.resourceType === 'SOURCE'
				? `https://fn.segmentapis.com/?b=${Buffer.from(fn.id).toString('base64')}`
				: '',
		catalogId: fn.id.slice(fn.id.indexOf('_') + 1),
		isLatestVersion: Boolean(latestVersion(fn) && latestVersion(fn).isDeployed),
	});
	const functionSummaryOut = (fn) => ({
		id: fn.id,
		resourceType: fn.resourceType,
		createdAt: fn.createdAt,
		createdBy: fn.createdBy,
		displayName: fn.displayName,
		description: fn.description,
		logoUrl: fn.logoUrl,
		catalogId: fn.id.slice(fn.id.indexOf('_') + 1),
	});
	const versionOut = (version) => {
		const out = {
			id: version.id,
			author: version.author,
			code: version.code,
			isDeployed: version.isDeployed,
			createdAt: version.createdAt,
			updatedAt: version.updatedAt,
		};
		if (version.deployedAt) out.deployedAt = version.deployedAt;
		return out;
	};
	const transformationOut = (transformation) => ({ ...clone(transformation), workspaceId });
	const userOut = (user, withPermissions) =>
		withPermissions ? clone(user) : { id: user.id, name: user.name, email: user.email };

	const getTransformation = (id) =>
		state.transformations.get(id) || throwIt(notFound('Transformation not found'));
	const getSubscription = (destination, id) => {
		const subscription = state.subscriptions.get(id);
		if (!subscription || subscription.destinationId !== destination.id)
			throw notFound('Subscription not found');
		return subscription;
	};

	// -------------------------------------------------------------------------------------------
	// Routes
	// -------------------------------------------------------------------------------------------

	const routes = [];
	/** @param {{ alpha?: boolean, beta?: boolean, limit?: string, status?: number }} [flags] */
	function route(method, pattern, handler, flags = {}) {
		const keys = [];
		const source = pattern
			.split('/')
			.map((part) => {
				if (part.startsWith(':')) {
					keys.push(part.slice(1));
					return '([^/]+)';
				}
				return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			})
			.join('/');
		routes.push({
			method,
			pattern,
			regex: new RegExp(`^${source || '/'}$`),
			keys,
			handler,
			...flags,
		});
	}

	// Workspace -----------------------------------------------------------------------------------
	route('GET', '/', () => ({ workspace: { ...state.workspace } }));

	// Labels: the workspace's key:value pairs, listed whole (Segment does not paginate them); the
	// seed's sources carry some of them.
	const labels = new Map();
	for (const source of state.sources.values()) {
		for (const label of source.labels) labels.set(`${label.key}:${label.value}`, { ...label });
	}
	route('GET', '/labels', () => ({ labels: [...labels.values()].map((label) => ({ ...label })) }));
	route(
		'POST',
		'/labels',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(check(body, [['label', 'object', true]]));
			assertValid(
				check(
					body.label,
					[
						['key', 'id', true],
						['value', 'id', true],
						['description', 'string', false],
					],
					'label.',
				),
			);
			const id = `${body.label.key}:${body.label.value}`;
			if (labels.has(id)) throw invalidOne('label', `The label "${id}" already exists`);
			const label = { key: body.label.key, value: body.label.value };
			if (body.label.description !== undefined) label.description = body.label.description;
			labels.set(id, label);
			recordAudit('Label Created', 'label', { id }, id);
			return { label: { ...label } };
		},
		{ status: 201 },
	);
	// Labels on a source: POST adds, PUT replaces; each must be a label of the workspace.
	const sourceLabels = (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['labels', 'array', true]]));
		const problems = [];
		const wanted = body.labels.map((label, index) => {
			const id = label && `${label.key}:${label.value}`;
			if (!label || typeof label.key !== 'string' || typeof label.value !== 'string')
				problems.push([`labels[${index}]`, 'Each label needs a "key" and a "value"']);
			else if (!labels.has(id))
				problems.push([`labels[${index}]`, `The label "${id}" does not exist`]);
			return { key: label && label.key, value: label && label.value };
		});
		assertValid(problems);
		return wanted;
	};
	const labelsOf = (source) => ({ labels: source.labels.map((label) => ({ ...label })) });
	route('POST', '/sources/:sourceId/labels', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		for (const label of sourceLabels(ctx)) {
			if (!source.labels.some((have) => have.key === label.key && have.value === label.value))
				source.labels.push(label);
		}
		recordAudit('Source Modified', 'source', source, source.name);
		return labelsOf(source);
	});
	route('PUT', '/sources/:sourceId/labels', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		source.labels = sourceLabels(ctx);
		recordAudit('Source Modified', 'source', source, source.name);
		return labelsOf(source);
	});
	route('DELETE', '/labels/:key/:value', (ctx) => {
		const id = `${ctx.params.key}:${ctx.params.value}`;
		if (!labels.has(id)) throw notFound('Label not found');
		labels.delete(id);
		for (const source of state.sources.values()) {
			source.labels = source.labels.filter((label) => `${label.key}:${label.value}` !== id);
		}
		recordAudit('Label Deleted', 'label', { id }, id);
		return { status: 'SUCCESS' };
	});

	// Audit trail: newest first; startTime and endTime bound the timestamps (exclusive), and
	// resourceId / resourceType select one resource or one kind.
	route('GET', '/audit-events', (ctx) => {
		const query = ctx.query;
		const bounds = {};
		const problems = [];
		for (const name of ['startTime', 'endTime']) {
			const value = query.get(name);
			if (value === null) continue;
			bounds[name] = Date.parse(value);
			if (Number.isNaN(bounds[name]))
				problems.push([name, `"${name}" must be an ISO 8601 timestamp`]);
		}
		assertValid(problems);
		const resourceId = query.get('resourceId');
		const resourceType = query.get('resourceType');
		const items = auditEvents
			.filter((event) => {
				const time = Date.parse(event.timestamp);
				return (
					(bounds.startTime === undefined || time > bounds.startTime) &&
					(bounds.endTime === undefined || time < bounds.endTime) &&
					(resourceId === null || event.resourceId === resourceId) &&
					(resourceType === null || event.resourceType === resourceType)
				);
			})
			.reverse();
		return paginate(query, 'events', items);
	});

	// Catalog -------------------------------------------------------------------------------------
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

	// Roles (IAM): the workspace's roles, for invites -----------------------------------------------
	route('GET', '/roles', (ctx) =>
		paginate(
			ctx.query,
			'roles',
			Object.values(ROLES).map((role) => ({
				id: role.roleId,
				name: role.roleName,
				description: role.roleName,
			})),
		),
	);

	// Sources -------------------------------------------------------------------------------------
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

	// Destinations --------------------------------------------------------------------------------
	route('GET', '/destinations', (ctx) =>
		paginate(ctx.query, 'destinations', [...state.destinations.values()], destinationOut),
	);
	route('GET', '/destinations/:destinationId', (ctx) => ({
		destination: destinationOut(getDestination(ctx.params.destinationId)),
	}));
	route('POST', '/destinations', (ctx) => {
		const body = readBody(ctx);
		const problems = check(body, [
			['sourceId', 'id', true],
			['metadataId', 'id', true],
			['enabled', 'boolean', false],
			['name', 'string', false],
			['settings', 'object', true],
		]);
		if (
			typeof body.sourceId === 'string' &&
			body.sourceId !== '' &&
			!state.sources.has(body.sourceId)
		) {
			problems.push(['sourceId', `Source "${body.sourceId}" not found`]);
		}
		if (
			typeof body.metadataId === 'string' &&
			body.metadataId !== '' &&
			!catalog.destinations.has(body.metadataId)
		) {
			problems.push(['metadataId', `Destination metadata "${body.metadataId}" not found`]);
		}
		assertValid(problems);
		const metadata = catalog.destinations.get(body.metadataId);
		const destination = {
			id: randomId(),
			name: body.name !== undefined ? body.name : metadata.name,
			enabled: body.enabled !== undefined ? body.enabled : false,
			metadataId: body.metadataId,
			sourceId: body.sourceId,
			settings: clone(body.settings),
		};
		state.destinations.set(destination.id, destination);
		recordAudit(
			'Destination Created',
			'destination',
			destination,
			destinationOut(destination).name,
		);
		return { destination: destinationOut(destination) };
	});
	route('PATCH', '/destinations/:destinationId', (ctx) => {
		const destination = getDestination(ctx.params.destinationId);
		const body = readBody(ctx);
		assertValid(
			check(body, [
				['name', 'nullableString', false],
				['enabled', 'boolean', false],
				['settings', 'object', false],
			]),
		);
		if (body.name !== undefined)
			destination.name =
				body.name === null ? catalog.destinations.get(destination.metadataId).name : body.name;
		if (body.enabled !== undefined) destination.enabled = body.enabled;
		if (body.settings !== undefined) Object.assign(destination.settings, clone(body.settings));
		recordAudit(
			'Destination Modified',
			'destination',
			destination,
			destinationOut(destination).name,
		);
		return { destination: destinationOut(destination) };
	});
	route('DELETE', '/destinations/:destinationId', (ctx) => {
		const destination = getDestination(ctx.params.destinationId);
		const name = destinationOut(destination).name;
		deleteDestinationCascade(destination);
		recordAudit('Destination Deleted', 'destination', destination, name);
		return { status: 'SUCCESS' };
	});

	// Destination subscriptions (alpha) -----------------------------------------------------------
	route(
		'GET',
		'/destinations/:destinationId/subscriptions',
		(ctx) => {
			const destination = getDestination(ctx.params.destinationId);
			const items = [...state.subscriptions.values()].filter(
				(item) => item.destinationId === destination.id,
			);
			return paginate(ctx.query, 'subscriptions', items, subscriptionOut);
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/destinations/:destinationId/subscriptions/:id',
		(ctx) => ({
			subscription: subscriptionOut(
				getSubscription(getDestination(ctx.params.destinationId), ctx.params.id),
			),
		}),
		{ alpha: true },
	);
	route(
		'POST',
		'/destinations/:destinationId/subscriptions',
		(ctx) => {
			const destination = getDestination(ctx.params.destinationId);
			const body = readBody(ctx);
			const problems = check(body, [
				['name', 'string', true],
				['actionId', 'id', true],
				['trigger', 'id', true],
				['enabled', 'boolean', true],
				['settings', 'object', false],
				['modelId', 'string', false],
			]);
			const metadata = catalog.destinations.get(destination.metadataId);
			const act = metadata.actions.find((item) => item.id === body.actionId);
			if (typeof body.actionId === 'string' && body.actionId !== '' && !act) {
				problems.push([
					'actionId',
					`Action "${body.actionId}" not found for destination "${metadata.name}"`,
				]);
			}
			assertValid(problems);
			const subscription = {
				id: randomId(),
				destinationId: destination.id,
				name: body.name,
				actionId: act.id,
				actionSlug: act.slug,
				enabled: body.enabled,
				trigger: body.trigger,
				settings: clone(body.settings || {}),
				modelId: body.modelId || '',
			};
			state.subscriptions.set(subscription.id, subscription);
			return { destinationSubscription: subscriptionOut(subscription) };
		},
		{ alpha: true, limit: 'subscriptionWrites' },
	);
	route(
		'PATCH',
		'/destinations/:destinationId/subscriptions/:id',
		(ctx) => {
			const subscription = getSubscription(getDestination(ctx.params.destinationId), ctx.params.id);
			const body = readBody(ctx);
			assertValid(check(body, [['input', 'object', true]]));
			const input = body.input;
			assertValid(
				check(
					input,
					[
						['name', 'string', false],
						['trigger', 'string', false],
						['enabled', 'boolean', false],
						['settings', 'object', false],
						['reverseETLModelId', 'string', false],
						['reverseETLSchedule', 'object', false],
					],
					'input.',
				),
			);
			if (input.name !== undefined) subscription.name = input.name;
			if (input.trigger !== undefined) subscription.trigger = input.trigger;
			if (input.enabled !== undefined) subscription.enabled = input.enabled;
			if (input.settings !== undefined) subscription.settings = clone(input.settings);
			if (input.reverseETLModelId !== undefined) subscription.modelId = input.reverseETLModelId;
			return { subscription: subscriptionOut(subscription) };
		},
		{ alpha: true, limit: 'subscriptionWrites' },
	);
	route(
		'DELETE',
		'/destinations/:destinationId/subscriptions/:id',
		(ctx) => {
			const subscription = getSubscription(getDestination(ctx.params.destinationId), ctx.params.id);
			state.subscriptions.delete(subscription.id);
			return { status: 'SUCCESS' };
		},
		{ alpha: true, limit: 'subscriptionWrites' },
	);

	// Destination filters (v1, under the singular /destination/) ---------------------------------------
	// Conditions are stored as sent; only the preview evaluates them (see compileFql for the subset).
	const getDestinationFilter = (destination, id) => {
		const filter = state.destinationFilters.get(id);
		if (!filter || filter.destinationId !== destination.id)
			throw notFound('Destination filter not found');
		return filter;
	};
	const destinationFilterOut = (filter) => ({
		id: filter.id,
		sourceId: filter.sourceId,
		destinationId: filter.destinationId,
		if: filter.if,
		actions: clone(filter.actions),
		title: filter.title,
		description: filter.description,
		enabled: filter.enabled,
		createdAt: filter.createdAt,
		updatedAt: filter.updatedAt,
	});
	route('GET', '/destination/:destinationId/filters', (ctx) => {
		const destination = getDestination(ctx.params.destinationId);
		const items = [...state.destinationFilters.values()].filter(
			(filter) => filter.destinationId === destination.id,
		);
		return paginate(ctx.query, 'filters', items, destinationFilterOut);
	});
	route('GET', '/destination/:destinationId/filters/:filterId', (ctx) => ({
		filter: destinationFilterOut(
			getDestinationFilter(getDestination(ctx.params.destinationId), ctx.params.filterId),
		),
	}));
	// sourceId is required, as documented, and must be the destination's source.
	route('POST', '/destination/:destinationId/filters', (ctx) => {
		const destination = getDestination(ctx.params.destinationId);
		const body = readBody(ctx);
		const problems = check(body, [
			['sourceId', 'id', true],
			['if', 'id', true],
			['actions', 'array', true],
			['title', 'id', true],
			['description', 'string', false],
			['enabled', 'boolean', true],
		]);
		if (
			typeof body.sourceId === 'string' &&
			body.sourceId !== '' &&
			body.sourceId !== destination.sourceId
		) {
			problems.push([
				'sourceId',
				`"sourceId" must be the source of the destination ("${destination.sourceId}")`,
			]);
		}
		checkFilterActions(body.actions, 'actions', problems);
		assertValid(problems);
		const now = nowIso();
		const filter = {
			id: randomId(27),
			sourceId: destination.sourceId,
			destinationId: destination.id,
			if: body.if,
			actions: filterActions(body.actions),
			title: body.title,
			description: body.description || '',
			enabled: body.enabled,
			createdAt: now,
			updatedAt: now,
		};
		state.destinationFilters.set(filter.id, filter);
		recordAudit('Destination Filter Created', 'destinationFilter', filter, filter.title);
		return { filter: destinationFilterOut(filter) };
	});
	// Merges the fields given. Audit: "Destination Filter Enabled" / "Disabled" when `enabled` is
	// given, "Destination Filter Modified" when anything else is (or nothing is).
	route('PATCH', '/destination/:destinationId/filters/:filterId', (ctx) => {
		const filter = getDestinationFilter(
			getDestination(ctx.params.destinationId),
			ctx.params.filterId,
		);
		const body = readBody(ctx);
		const problems = check(body, [
			['if', 'id', false],
			['actions', 'array', false],
			['title', 'id', false],
			['description', 'nullableString', false],
			['enabled', 'boolean', false],
		]);
		checkFilterActions(body.actions, 'actions', problems);
		assertValid(problems);
		const changed = ['if', 'actions', 'title', 'description'].filter(
			(name) => body[name] !== undefined,
		);
		if (body.if !== undefined) filter.if = body.if;
		if (body.actions !== undefined) filter.actions = filterActions(body.actions);
		if (body.title !== undefined) filter.title = body.title;
		if (body.description !== undefined) filter.description = body.description || '';
		if (body.enabled !== undefined) filter.enabled = body.enabled;
		filter.updatedAt = nowIso();
		if (changed.length > 0 || body.enabled === undefined)
			recordAudit('Destination Filter Modified', 'destinationFilter', filter, filter.title);
		if (body.enabled !== undefined) {
			const type = body.enabled ? 'Destination Filter Enabled' : 'Destination Filter Disabled';
			recordAudit(type, 'destinationFilter', filter, filter.title);
		}
		return { filter: destinationFilterOut(filter) };
	});
	route('DELETE', '/destination/:destinationId/filters/:filterId', (ctx) => {
		const filter = getDestinationFilter(
			getDestination(ctx.params.destinationId),
			ctx.params.filterId,
		);
		state.destinationFilters.delete(filter.id);
		recordAudit('Destination Filter Deleted', 'destinationFilter', filter, filter.title);
		return { status: 'SUCCESS' };
	});
	// Applies { if, actions } to the payload (see applyDestinationFilter); an `if` outside the
	// sandbox's FQL subset is a 422 on filter.if.
	route('POST', '/destination/filters/preview', (ctx) => {
		const body = readBody(ctx);
		const problems = check(body, [
			['filter', 'object', true],
			['payload', 'object', true],
		]);
		let condition;
		if (isObject(body.filter)) {
			problems.push(
				...check(
					body.filter,
					[
						['if', 'id', true],
						['actions', 'array', true],
					],
					'filter.',
				),
			);
			checkFilterActions(body.filter.actions, 'filter.actions', problems);
			if (typeof body.filter.if === 'string' && body.filter.if.trim() !== '') {
				try {
					condition = compileFql(body.filter.if);
				} catch (error) {
					problems.push([
						'filter.if',
						`"filter.if" is not FQL the sandbox understands: ${error.message}`,
					]);
				}
			}
		}
		assertValid(problems);
		return {
			inputPayload: clone(body.payload),
			result: applyDestinationFilter(condition, body.filter.actions, body.payload),
		};
	});

	// Warehouses ----------------------------------------------------------------------------------
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

	// Functions -----------------------------------------------------------------------------------
	function checkFunctionSettings(settings, problems) {
		if (!Array.isArray(settings)) return;
		settings.forEach((setting, index) => {
			const prefix = `settings[${index}].`;
			if (!isObject(setting)) {
				problems.push([`settings[${index}]`, `"settings[${index}]" must be an object`]);
				return;
			}
			problems.push(
				...check(
					setting,
					[
						['name', 'string', true],
						['label', 'string', true],
						['description', 'string', true],
						['type', 'string', true],
						['required', 'boolean', true],
						['sensitive', 'boolean', true],
					],
					prefix,
				),
			);
			if (typeof setting.type === 'string' && !FUNCTION_SETTING_TYPES.includes(setting.type)) {
				problems.push([
					`${prefix}type`,
					`"${prefix}type" must be one of ${FUNCTION_SETTING_TYPES.join(', ')}`,
				]);
			}
		});
	}

	function displayNameTaken(resourceType, displayName, exceptId) {
		for (const fn of state.functions.values()) {
			if (fn.id !== exceptId && fn.resourceType === resourceType && fn.displayName === displayName)
				return true;
		}
		return false;
	}

	route('GET', '/functions', (ctx) => {
		const resourceType = ctx.query.get('resourceType');
		if (!resourceType) throw invalidOne('resourceType', '"resourceType" is required');
		if (!FUNCTION_RESOURCE_TYPES.includes(resourceType)) {
			throw invalidOne(
				'resourceType',
				`"resourceType" must be one of ${FUNCTION_RESOURCE_TYPES.join(', ')}`,
			);
		}
		const items = [...state.functions.values()].filter((fn) => fn.resourceType === resourceType);
		return paginate(ctx.query, 'functions', items, functionSummaryOut);
	});
	route('GET', '/functions/:functionId', (ctx) => ({
		function: functionOut(getFunction(ctx.params.functionId)),
	}));
	route('POST', '/functions', (ctx) => {
		const body = readBody(ctx);
		const problems = check(body, [
			['code', 'id', true],
			['settings', 'array', false],
			['displayName', 'id', true],
			['logoUrl', 'string', false],
			['resourceType', 'id', true],
			['description', 'string', false],
		]);
		if (
			typeof body.resourceType === 'string' &&
			!FUNCTION_RESOURCE_TYPES.includes(body.resourceType)
		) {
			problems.push([
				'resourceType',
				`"resourceType" must be one of ${FUNCTION_RESOURCE_TYPES.join(', ')}`,
			]);
		}
		checkFunctionSettings(body.settings, problems);
		if (
			typeof body.displayName === 'string' &&
			displayNameTaken(body.resourceType, body.displayName)
		) {
			problems.push(['displayName', `A function named "${body.displayName}" already exists`]);
		}
		assertValid(problems);
		const now = nowIso();
		const fn = {
			id: FUNCTION_ID_PREFIX[body.resourceType] + randomId(),
			resourceType: body.resourceType,
			createdAt: now,
			createdBy: state.tokenUserId,
			code: body.code,
			settings: clone(body.settings || []),
			displayName: body.displayName,
			description: body.description || '',
			logoUrl: body.logoUrl || '',
			deployedAt: null,
			versions: [
				{
					id: randomId(),
					author: state.tokenUserId,
					code: body.code,
					createdAt: now,
					updatedAt: now,
					isDeployed: false,
				},
			],
		};
		state.functions.set(fn.id, fn);
		return { function: functionOut(fn) };
	});
	route('PATCH', '/functions/:functionId', (ctx) => {
		const fn = getFunction(ctx.params.functionId);
		const body = readBody(ctx);
		const problems = check(body, [
			['code', 'string', false],
			['settings', 'array', false],
			['displayName', 'string', false],
			['logoUrl', 'string', false],
			['description', 'string', false],
		]);
		checkFunctionSettings(body.settings, problems);
		if (
			typeof body.displayName === 'string' &&
			displayNameTaken(fn.resourceType, body.displayName, fn.id)
		) {
			problems.push(['displayName', `A function named "${body.displayName}" already exists`]);
		}
		assertValid(problems);
		if (body.code !== undefined && body.code !== fn.code) {
			const now = nowIso();
			fn.code = body.code;
			fn.versions.push({
				id: randomId(),
				author: state.tokenUserId,
				code: body.code,
				createdAt: now,
				updatedAt: now,
				isDeployed: false,
			});
		}
		if (body.settings !== undefined) fn.settings = clone(body.settings);
		if (body.displayName !== undefined) fn.displayName = body.displayName;
		if (body.logoUrl !== undefined) fn.logoUrl = body.logoUrl;
		if (body.description !== undefined) fn.description = body.description;
		return { function: functionOut(fn) };
	});
	route('DELETE', '/functions/:functionId', (ctx) => {
		state.functions.delete(getFunction(ctx.params.functionId).id);
		return { status: 'SUCCESS' };
	});
	route('POST', '/functions/:functionId/deploy', (ctx) => {
		const fn = getFunction(ctx.params.functionId);
		const now = nowIso();
		for (const version of fn.versions) version.isDeployed = false;
		const latest = latestVersion(fn);
		latest.isDeployed = true;
		latest.deployedAt = now;
		fn.deployedAt = now;
		return { functionDeployment: { status: 'SUCCESS' } };
	});
	route(
		'GET',
		'/functions/:functionId/versions',
		(ctx) =>
			paginate(
				ctx.query,
				'versions',
				[...getFunction(ctx.params.functionId).versions].reverse(),
				versionOut,
			),
		{ alpha: true },
	);
	route(
		'GET',
		'/functions/:functionId/versions/:versionId',
		(ctx) => {
			const version = getFunction(ctx.params.functionId).versions.find(
				(item) => item.id === ctx.params.versionId,
			);
			if (!version) throw notFound('Function version not found');
			return { version: versionOut(version) };
		},
		{ alpha: true },
	);
	route(
		'POST',
		'/functions/:functionId/versions',
		(ctx) => {
			const fn = getFunction(ctx.params.functionId);
			const body = readBody(ctx);
			assertValid(check(body, [['versionId', 'id', true]]));
			const version = fn.versions.find((item) => item.id === body.versionId);
			if (!version) throw notFound('Function version not found');
			const now = nowIso();
			const restored = {
				id: randomId(),
				author: state.tokenUserId,
				code: version.code,
				createdAt: now,
				updatedAt: now,
				isDeployed: false,
			};
			fn.versions.push(restored);
			fn.code = version.code;
			return { version: versionOut(restored) };
		},
		{ alpha: true },
	);

	// Transformations -----------------------------------------------------------------------------
	const TRANSFORMATION_RULES = [
		['name', 'string'],
		['sourceId', 'id'],
		['destinationMetadataId', 'id'],
		['enabled', 'boolean'],
		['if', 'string'],
		['drop', 'boolean'],
		['newEventName', 'string'],
		['propertyRenames', 'array'],
		['propertyValueTransformations', 'array'],
		['fqlDefinedProperties', 'array'],
		['allowProperties', 'array'],
		['hashPropertiesConfiguration', 'object'],
	];
	const TRANSFORMATION_REQUIRED = ['name', 'sourceId', 'enabled', 'if'];
	function checkTransformation(body, creating) {
		const problems = check(
			body,
			TRANSFORMATION_RULES.map(([name, type]) => [
				name,
				type,
				creating && TRANSFORMATION_REQUIRED.includes(name),
			]),
		);
		if (
			typeof body.sourceId === 'string' &&
			body.sourceId !== '' &&
			!state.sources.has(body.sourceId)
		) {
			problems.push(['sourceId', `Source "${body.sourceId}" not found`]);
		}
		if (
			typeof body.destinationMetadataId === 'string' &&
			!catalog.destinations.has(body.destinationMetadataId)
		) {
			problems.push([
				'destinationMetadataId',
				`Destination metadata "${body.destinationMetadataId}" not found`,
			]);
		}
		assertValid(problems);
	}
	const pickTransformation = (body) => {
		const out = {};
		for (const [name] of TRANSFORMATION_RULES)
			if (body[name] !== undefined) out[name] = clone(body[name]);
		return out;
	};
	route('GET', '/transformations', (ctx) =>
		paginate(ctx.query, 'transformations', [...state.transformations.values()], transformationOut),
	);
	route('GET', '/transformations/:transformationId', (ctx) => ({
		transformation: transformationOut(getTransformation(ctx.params.transformationId)),
	}));
	route('POST', '/transformations', (ctx) => {
		const body = readBody(ctx);
		checkTransformation(body, true);
		const transformation = {
			id: randomId(),
			propertyRenames: [],
			propertyValueTransformations: [],
			fqlDefinedProperties: [],
			...pickTransformation(body),
		};
		state.transformations.set(transformation.id, transformation);
		return { transformation: transformationOut(transformation) };
	});
	route('PATCH', '/transformations/:transformationId', (ctx) => {
		const transformation = getTransformation(ctx.params.transformationId);
		const body = readBody(ctx);
		checkTransformation(body, false);
		Object.assign(transformation, pickTransformation(body));
		return { transformation: transformationOut(transformation) };
	});
	route('DELETE', '/transformations/:transformationId', (ctx) => {
		state.transformations.delete(getTransformation(ctx.params.transformationId).id);
		return { status: 'SUCCESS' };
	});

	// Users and invites ---------------------------------------------------------------------------
	route('GET', '/users', (ctx) =>
		paginate(ctx.query, 'users', [...state.users.values()], (user) => userOut(user, false)),
	);
	route('GET', '/users/:userId', (ctx) => ({ user: userOut(getUser(ctx.params.userId), true) }));
	// The sandbox has no user groups: every user belongs to none.
	route('GET', '/users/:userId/groups', (ctx) => {
		getUser(ctx.params.userId);
		return paginate(ctx.query, 'groups', []);
	});
	route('DELETE', '/users', (ctx) => {
		const ids = queryArray(ctx.query, 'userIds');
		if (!ids || ids.length === 0) throw invalidOne('userIds', '"userIds" is required');
		const missing = ids.filter((id) => !state.users.has(id));
		if (missing.length > 0) throw notFound(`User not found: ${missing.join(', ')}`);
		for (const id of ids) state.users.delete(id);
		return { status: 'SUCCESS' };
	});
	route(
		'POST',
		'/invites',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(check(body, [['invites', 'array', true]]));
			const problems = [];
			if (body.invites.length === 0)
				problems.push(['invites', '"invites" must contain at least 1 item']);
			const existingEmails = new Set(
				[...state.users.values()].map((user) => user.email.toLowerCase()),
			);
			body.invites.forEach((invite, index) => {
				const prefix = `invites[${index}].`;
				if (!isObject(invite)) {
					problems.push([`invites[${index}]`, `"invites[${index}]" must be an object`]);
					return;
				}
				problems.push(
					...check(
						invite,
						[
							['email', 'id', true],
							['permissions', 'array', false],
						],
						prefix,
					),
				);
				if (typeof invite.email === 'string' && invite.email !== '') {
					if (!EMAIL.test(invite.email)) problems.push([`${prefix}email`, 'Email is not valid']);
					else if (existingEmails.has(invite.email.toLowerCase()))
						problems.push([`${prefix}email`, 'User is already a member of the workspace']);
				}
				if (Array.isArray(invite.permissions)) {
					invite.permissions.forEach((permission, p) => {
						const field = `${prefix}permissions[${p}]`;
						if (!isObject(permission)) problems.push([field, `"${field}" must be an object`]);
						else
							problems.push(
								...check(
									permission,
									[
										['roleId', 'id', true],
										['resources', 'array', false],
										['labels', 'array', false],
									],
									`${field}.`,
								),
							);
					});
				}
			});
			assertValid(problems);
			const emails = [];
			for (const invite of body.invites) {
				state.invites.set(invite.email, {
					email: invite.email,
					permissions: clone(invite.permissions || []),
					createdAt: nowIso(),
				});
				emails.push(invite.email);
			}
			return { emails };
		},
		{ status: 201 },
	);
	route('GET', '/invites', (ctx) => paginate(ctx.query, 'invites', [...state.invites.keys()]));
	// User groups: members are users of the workspace, found by email; other emails wait as the
	// group's invites. Segment removes and replaces members under /group/ (singular).
	const userGroups = new Map();
	const getUserGroup = (id) => userGroups.get(id) || throwIt(notFound('User group not found'));
	const userGroupOut = (group) => ({
		id: group.id,
		name: group.name,
		memberCount: group.members.size,
		permissions: clone(group.permissions),
	});
	const readEmails = (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['emails', 'array', true]]));
		return body.emails.map((email) => String(email).toLowerCase());
	};
	const addMembers = (group, emails) => {
		const byEmail = new Map(
			[...state.users.values()].map((user) => [user.email.toLowerCase(), user]),
		);
		for (const email of emails) {
			const user = byEmail.get(email);
			if (user) group.members.add(user.id);
			else group.invites.add(email);
		}
	};
	route('GET', '/groups', (ctx) =>
		paginate(ctx.query, 'userGroups', [...userGroups.values()], userGroupOut),
	);
	route(
		'POST',
		'/groups',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(check(body, [['name', 'id', true]]));
			const group = {
				id: randomId(),
				name: body.name,
				members: new Set(),
				invites: new Set(),
				permissions: [],
			};
			userGroups.set(group.id, group);
			recordAudit('User Group Created', 'userGroup', group, group.name);
			return { userGroup: userGroupOut(group) };
		},
		{ status: 201 },
	);
	route('GET', '/groups/:userGroupId', (ctx) => ({
		userGroup: userGroupOut(getUserGroup(ctx.params.userGroupId)),
	}));
	route('PATCH', '/groups/:userGroupId', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const body = readBody(ctx);
		assertValid(check(body, [['name', 'id', true]]));
		group.name = body.name;
		recordAudit('User Group Modified', 'userGroup', group, group.name);
		return { userGroup: userGroupOut(group) };
	});
	route('DELETE', '/groups/:userGroupId', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		userGroups.delete(group.id);
		recordAudit('User Group Deleted', 'userGroup', group, group.name);
		return { status: 'SUCCESS' };
	});
	route('GET', '/groups/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const members = [...group.members].map((id) => state.users.get(id)).filter(Boolean);
		return paginate(ctx.query, 'users', members, (user) => ({
			id: user.id,
			name: user.name,
			email: user.email,
		}));
	});
	route('GET', '/groups/:userGroupId/invites', (ctx) =>
		paginate(ctx.query, 'emails', [...getUserGroup(ctx.params.userGroupId).invites]),
	);
	route('POST', '/groups/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		addMembers(group, readEmails(ctx));
		return { userGroup: userGroupOut(group) };
	});
	route('PUT', '/group/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const emails = readEmails(ctx);
		group.members.clear();
		group.invites.clear();
		addMembers(group, emails);
		return { userGroup: userGroupOut(group) };
	});
	route('DELETE', '/group/:userGroupId/users', (ctx) => {
		const group = getUserGroup(ctx.params.userGroupId);
		const emails = (queryArray(ctx.query, 'emails') || []).map((email) => email.toLowerCase());
		if (emails.length === 0) throw invalidOne('emails', '"emails" is required');
		for (const user of state.users.values()) {
			if (emails.includes(user.email.toLowerCase())) group.members.delete(user.id);
		}
		for (const email of emails) group.invites.delete(email);
		return { status: 'SUCCESS' };
	});

	// Permissions of users and user groups: POST adds, PUT replaces; each names a role and resources.
	const readPermissions = (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['permissions', 'array', true]]));
		const byId = new Map(Object.values(ROLES).map((role) => [role.roleId, role]));
		const problems = [];
		const permissions = body.permissions.map((permission, index) => {
			const role = permission && byId.get(permission.roleId);
			if (!role) problems.push([`permissions[${index}].roleId`, 'Unknown role']);
			if (!permission || !Array.isArray(permission.resources))
				problems.push([`permissions[${index}].resources`, '"resources" must be an array']);
			return {
				roleId: permission && permission.roleId,
				roleName: role && role.roleName,
				resources: clone((permission && permission.resources) || []).map((resource) => ({
					labels: [],
					...resource,
				})),
			};
		});
		assertValid(problems);
		return permissions;
	};
	const permissionRoutes = (prefix, get) => {
		route('POST', `${prefix}/permissions`, (ctx) => {
			const holder = get(ctx);
			holder.permissions = [...(holder.permissions || []), ...readPermissions(ctx)];
			return { permissions: clone(holder.permissions) };
		});
		route('PUT', `${prefix}/permissions`, (ctx) => {
			const holder = get(ctx);
			holder.permissions = readPermissions(ctx);
			return { permissions: clone(holder.permissions) };
		});
	};
	permissionRoutes('/users/:userId', (ctx) => getUser(ctx.params.userId));
	permissionRoutes('/groups/:userGroupId', (ctx) => getUserGroup(ctx.params.userGroupId));

	route('DELETE', '/invites', (ctx) => {
		const emails = queryArray(ctx.query, 'emails');
		if (!emails || emails.length === 0) throw invalidOne('emails', '"emails" is required');
		const missing = emails.filter((email) => !state.invites.has(email));
		if (missing.length > 0) throw notFound(`Invite not found: ${missing.join(', ')}`);
		for (const email of emails) state.invites.delete(email);
		return { status: 'SUCCESS' };
	});

	// Deletion and suppression ---------------------------------------------------------------------
	// A regulation starts INITIALIZED; each GET /regulations/{id} moves it on, to RUNNING and then
	// FINISHED (with finishedAt), so a workflow can poll it. Workspace-scoped suppressions and
	// unsuppressions change the suppression list at once.
	const getRegulation = (id) =>
		state.regulations.get(id) || throwIt(notFound('Regulation not found'));
	const regulationOut = (regulation) => {
		const out = {
			id: regulation.id,
			workspaceId,
			overallStatus: regulation.status,
			createdAt: regulation.createdAt,
			streamStatus: [],
		};
		if (regulation.finishedAt) out.finishedAt = regulation.finishedAt;
		return out;
	};
	const regulationEntryOut = (regulation) => {
		const out = {
			id: regulation.id,
			subjectType: regulation.subjectType,
			subjects: [...regulation.subjects],
			status: regulation.status,
			createdAt: regulation.createdAt,
			regulationType: regulation.regulationType,
		};
		if (regulation.finishedAt) out.finishedAt = regulation.finishedAt;
		return out;
	};

	/** Validates and records a regulation of one scope (WORKSPACE, SOURCE or CLOUD_SOURCE). */
	function createRegulation(ctx, scope, source) {
		const body = readBody(ctx);
		const rules = [
			['regulationType', 'id', true],
			['subjectType', 'id', true],
			['subjectIds', 'array', true],
		];
		if (scope === 'CLOUD_SOURCE') rules.push(['collection', 'id', true]);
		const problems = check(body, rules);
		checkEnum(
			problems,
			body,
			'regulationType',
			scope === 'SOURCE' ? SOURCE_REGULATION_TYPES : REGULATION_TYPES,
		);
		const subjectTypes = {
			WORKSPACE: ['OBJECT_ID', 'USER_ID'],
			SOURCE: ['ANONYMOUS_ID', 'USER_ID'],
			CLOUD_SOURCE: ['OBJECT_ID'],
		}[scope];
		checkEnum(problems, body, 'subjectType', subjectTypes);
		if (
			scope === 'SOURCE' &&
			body.subjectType === 'ANONYMOUS_ID' &&
			typeof body.regulationType === 'string' &&
			body.regulationType !== 'DELETE_ARCHIVE_ONLY'
		) {
			problems.push([
				'subjectType',
				'"subjectType" ANONYMOUS_ID is only supported with regulationType DELETE_ARCHIVE_ONLY',
			]);
		}
		if (Array.isArray(body.subjectIds)) {
			if (body.subjectIds.length === 0)
				problems.push(['subjectIds', '"subjectIds" must contain at least 1 item']);
			else if (body.subjectIds.length > MAX_REGULATION_SUBJECTS)
				problems.push([
					'subjectIds',
					`"subjectIds" must contain at most ${MAX_REGULATION_SUBJECTS} items`,
				]);
			else
				body.subjectIds.forEach((subjectId, index) => {
					if (typeof subjectId !== 'string' || subjectId.trim() === '')
						problems.push([
							`subjectIds[${index}]`,
							`"subjectIds[${index}]" must be a non-empty string`,
						]);
				});
		}
		assertValid(problems);

		const category = DESTINATION_REGULATION_TYPES.includes(body.regulationType)
			? 'regulationsWithDestinations'
			: 'regulationsSegmentOnly';
		const quota = consume(category, faults.regulationQuota);
		if (!quota.allowed) throw tooManyRequests(quota);
		Object.assign(ctx.headers, rateLimitHeaders(quota));

		const regulation = {
			id: randomId(27),
			scope,
			sourceId: source ? source.id : undefined,
			collection: scope === 'CLOUD_SOURCE' ? body.collection : undefined,
			regulationType: body.regulationType,
			subjectType: body.subjectType,
			subjects: [...body.subjectIds],
			status: 'INITIALIZED',
			createdAt: nowIso(),
			finishedAt: undefined,
		};
		state.regulations.set(regulation.id, regulation);
		if (scope === 'WORKSPACE') {
			let suppressed = state.suppressions.get(regulation.subjectType);
			if (SUPPRESSING_REGULATION_TYPES.includes(regulation.regulationType)) {
				if (!suppressed) state.suppressions.set(regulation.subjectType, (suppressed = new Set()));
				for (const subject of regulation.subjects) suppressed.add(subject);
			} else if (regulation.regulationType === 'UNSUPPRESS' && suppressed) {
				for (const subject of regulation.subjects) suppressed.delete(subject);
				if (suppressed.size === 0) state.suppressions.delete(regulation.subjectType);
			}
		}
		recordAudit('Regulation Created', 'regulation', regulation, regulation.regulationType);
		return { regulateId: regulation.id };
	}

	/** Newest first, filtered by `status` and `regulationTypes` (validated), then paginated. */
	function listRegulations(ctx, include) {
		const status = ctx.query.get('status');
		const types = queryArray(ctx.query, 'regulationTypes');
		const problems = [];
		if (status !== null && !REGULATION_STATUSES.includes(status))
			problems.push(['status', `"status" must be one of ${REGULATION_STATUSES.join(', ')}`]);
		for (const type of types || []) {
			if (!SOURCE_REGULATION_TYPES.includes(type)) {
				problems.push([
					'regulationTypes',
					`"regulationTypes" values must be among ${SOURCE_REGULATION_TYPES.join(', ')}`,
				]);
				break;
			}
		}
		assertValid(problems);
		const items = [...state.regulations.values()]
			.filter(
				(regulation) =>
					include(regulation) &&
					(status === null || regulation.status === status) &&
					(!types || types.length === 0 || types.includes(regulation.regulationType)),
			)
			.reverse();
		return paginate(ctx.query, 'regulations', items, regulationEntryOut);
	}

	route('POST', '/regulations', (ctx) => createRegulation(ctx, 'WORKSPACE'));
	route('POST', '/regulations/sources/:sourceId', (ctx) =>
		createRegulation(ctx, 'SOURCE', getSource(ctx.params.sourceId)),
	);
	route('POST', '/regulations/cloudsources/:sourceId', (ctx) =>
		createRegulation(ctx, 'CLOUD_SOURCE', getSource(ctx.params.sourceId)),
	);
	route('GET', '/regulations', (ctx) =>
		listRegulations(ctx, (regulation) => regulation.scope === 'WORKSPACE'),
	);
	route('GET', '/regulations/sources/:sourceId', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		return listRegulations(
			ctx,
			(regulation) => regulation.scope !== 'WORKSPACE' && regulation.sourceId === source.id,
		);
	});
	route('GET', '/regulations/:regulateId', (ctx) => {
		const regulation = getRegulation(ctx.params.regulateId);
		if (regulation.status === 'INITIALIZED') regulation.status = 'RUNNING';
		else if (regulation.status === 'RUNNING') {
			regulation.status = 'FINISHED';
			regulation.finishedAt = nowIso();
		}
		return { regulation: regulationOut(regulation) };
	});
	route('GET', '/suppressions', (ctx) =>
		paginate(
			ctx.query,
			'suppressed',
			[...state.suppressions].map(([subjectType, subjectIds]) => ({
				subjectType,
				subjectIds: [...subjectIds],
			})),
		),
	);

	// Tracking plans --------------------------------------------------------------------------------
	// A rule is named by (type, key, version); IDENTIFY, GROUP, PAGE, SCREEN and COMMON rules may
	// have an empty key.
	const getTrackingPlan = (id) =>
		state.trackingPlans.get(id) || throwIt(notFound('Tracking plan not found'));
	const trackingPlanOut = (plan) => ({
		id: plan.id,
		name: plan.name,
		slug: plan.slug,
		description: plan.description,
		type: plan.type,
		createdAt: plan.createdAt,
		updatedAt: plan.updatedAt,
	});
	const ruleOut = (rule) => ({
		type: rule.type,
		key: rule.key,
		jsonSchema: clone(rule.jsonSchema),
		version: rule.version,
		createdAt: rule.createdAt,
		updatedAt: rule.updatedAt,
	});
	const ruleId = (rule) => `${rule.type}\u0000${rule.key}\u0000${rule.version}`;
	const describeRule = (rule) => `${rule.type} "${rule.key}" version ${rule.version}`;
	const slugify = (name) =>
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');

	/** Validates `rules` of a PUT or PATCH body; every rule once. `upsert` allows `newKey`. */
	function readBodyRules(ctx, upsert) {
		const body = readBody(ctx);
		assertValid(check(body, [['rules', 'array', true]]));
		const problems = [];
		const seen = new Set();
		const rules = body.rules.map((rule, index) => {
			const field = `rules[${index}]`;
			if (!isObject(rule)) {
				problems.push([field, `"${field}" must be an object`]);
				return undefined;
			}
			const fieldRules = [
				['type', 'id', true],
				['key', 'string', false],
			];
			if (upsert) fieldRules.push(['newKey', 'string', false]);
			problems.push(...check(rule, fieldRules, `${field}.`));
			checkEnum(problems, rule, 'type', RULE_TYPES, `${field}.`);
			if (rule.version === undefined || rule.version === null)
				problems.push([`${field}.version`, `"${field}.version" is required`]);
			else if (typeof rule.version !== 'number' || !Number.isFinite(rule.version))
				problems.push([`${field}.version`, `"${field}.version" must be a number`]);
			const out = {
				type: rule.type,
				key: typeof rule.key === 'string' ? rule.key : '',
				version: rule.version,
				jsonSchema: rule.jsonSchema === undefined ? undefined : clone(rule.jsonSchema),
			};
			if (upsert && typeof rule.newKey === 'string') out.newKey = rule.newKey;
			if (seen.has(ruleId(out)))
				problems.push([field, `"rules" lists the rule ${describeRule(out)} twice`]);
			seen.add(ruleId(out));
			return out;
		});
		assertValid(problems);
		return rules;
	}

	/**
	 * The rules of a DELETE query, as Segment's SDK sends them (qs brackets, percent-encoded:
	 * rules%5B0%5D%5Btype%5D=TRACK&rules%5B0%5D%5Bkey%5D=…&rules%5B0%5D%5Bversion%5D=1), or with
	 * plain brackets, `rules[0].type`, or JSON (`rules=[{"type":"TRACK",…}]`, repeatable).
	 */
	function readQueryRules(query) {
		const problems = [];
		const byIndex = new Map();
		const fromJson = [];
		let present = false;
		for (const [name, value] of query) {
			const indexed = /^rules\[(\d+)\](?:\[([^\]]*)\]|\.(.*))$/.exec(name);
			if (indexed) {
				present = true;
				const index = Number(indexed[1]);
				const key = indexed[2] !== undefined ? indexed[2] : indexed[3];
				if (!['type', 'key', 'version'].includes(key)) {
					problems.push([name, `"${name}" is not allowed: rules have a type, key and version`]);
					continue;
				}
				if (!byIndex.has(index)) byIndex.set(index, {});
				byIndex.get(index)[key] = value;
			} else if (name === 'rules' || name === 'rules[]') {
				present = true;
				let parsed;
				try {
					parsed = JSON.parse(value);
				} catch {
					parsed = undefined;
				}
				const items = Array.isArray(parsed) ? parsed : [parsed];
				if (!items.every(isObject)) {
					problems.push([
						'rules',
						'"rules" must be given as rules[0][type]=…&rules[0][key]=…&rules[0][version]=… or as JSON objects',
					]);
					continue;
				}
				fromJson.push(...items);
			}
		}
		if (!present)
			throw invalidOne(
				'rules',
				'"rules" is required: send rules[0][type]=…&rules[0][key]=…&rules[0][version]=…',
			);
		assertValid(problems);
		const given = [
			...[...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, rule]) => rule),
			...fromJson,
		];
		const rules = given.map((rule, index) => {
			const field = `rules[${index}]`;
			checkEnum(problems, rule, 'type', RULE_TYPES, `${field}.`);
			if (typeof rule.type !== 'string' || rule.type === '')
				problems.push([`${field}.type`, `"${field}.type" is required`]);
			if (rule.key !== undefined && typeof rule.key !== 'string')
				problems.push([`${field}.key`, `"${field}.key" must be a string`]);
			let version = rule.version;
			if (typeof version === 'string' && /^\d+(\.\d+)?$/.test(version.trim()))
				version = Number(version);
			if (rule.version === undefined || rule.version === '')
				problems.push([`${field}.version`, `"${field}.version" is required`]);
			else if (typeof version !== 'number' || !Number.isFinite(version))
				problems.push([`${field}.version`, `"${field}.version" must be a number`]);
			return { type: rule.type, key: typeof rule.key === 'string' ? rule.key : '', version };
		});
		assertValid(problems);
		return rules;
	}

	route('GET', '/tracking-plans', (ctx) => {
		const type = ctx.query.get('type');
		if (type !== null && !TRACKING_PLAN_TYPES.includes(type))
			throw invalidOne('type', `"type" must be one of ${TRACKING_PLAN_TYPES.join(', ')}`);
		const items = [...state.trackingPlans.values()].filter(
			(plan) => type === null || plan.type === type,
		);
		return paginate(ctx.query, 'trackingPlans', items, trackingPlanOut);
	});
	route('POST', '/tracking-plans', (ctx) => {
		const body = readBody(ctx);
		const problems = check(body, [
			['name', 'id', true],
			['type', 'id', true],
			['description', 'string', false],
		]);
		checkEnum(problems, body, 'type', TRACKING_PLAN_TYPES);
		assertValid(problems);
		const now = nowIso();
		const plan = {
			id: `tp_${randomId(27)}`,
			name: body.name,
			slug: slugify(body.name),
			description: body.description || '',
			type: body.type,
			createdAt: now,
			updatedAt: now,
			rules: [],
			sourceIds: new Set(),
		};
		state.trackingPlans.set(plan.id, plan);
		recordAudit('Tracking Plan Created', 'trackingPlan', plan, plan.name);
		return { trackingPlan: trackingPlanOut(plan) };
	});
	route('GET', '/tracking-plans/:trackingPlanId', (ctx) => ({
		trackingPlan: trackingPlanOut(getTrackingPlan(ctx.params.trackingPlanId)),
	}));
	// As documented, an update answers { status: 'SUCCESS' } (GET the plan for its new state).
	route('PATCH', '/tracking-plans/:trackingPlanId', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const body = readBody(ctx);
		assertValid(
			check(body, [
				['name', 'id', false],
				['description', 'string', false],
			]),
		);
		if (body.name !== undefined) plan.name = body.name;
		if (body.description !== undefined) plan.description = body.description;
		plan.updatedAt = nowIso();
		recordAudit('Tracking Plan Modified', 'trackingPlan', plan, plan.name);
		return { status: 'SUCCESS' };
	});
	route('DELETE', '/tracking-plans/:trackingPlanId', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		state.trackingPlans.delete(plan.id);
		recordAudit('Tracking Plan Deleted', 'trackingPlan', plan, plan.name);
		return { status: 'SUCCESS' };
	});
	route(
		'GET',
		'/tracking-plans/:trackingPlanId/rules',
		(ctx) =>
			paginate(ctx.query, 'rules', getTrackingPlan(ctx.params.trackingPlanId).rules, ruleOut),
		{ limit: 'trackingPlanRules' },
	);
	route('PUT', '/tracking-plans/:trackingPlanId/rules', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const rules = readBodyRules(ctx, false);
		if (plan.rules.length > MAX_REPLACEABLE_RULES) {
			throw invalidOne(
				'rules',
				`The tracking plan has ${plan.rules.length} rules; replacing is refused above ${MAX_REPLACEABLE_RULES} existing rules: remove rules (DELETE) or update them (PATCH) instead`,
			);
		}
		const now = nowIso();
		const before = new Map(plan.rules.map((rule) => [ruleId(rule), rule]));
		plan.rules = rules.map((rule) => ({
			type: rule.type,
			key: rule.key,
			version: rule.version,
			jsonSchema: rule.jsonSchema === undefined ? null : rule.jsonSchema,
			createdAt: before.has(ruleId(rule)) ? before.get(ruleId(rule)).createdAt : now,
			updatedAt: now,
		}));
		plan.updatedAt = now;
		recordAudit('Tracking Plan Modified', 'trackingPlan', plan, plan.name);
		return { status: 'SUCCESS' };
	});
	// Upserts by (type, key, version); `newKey` renames an existing rule (or names a new one).
	route('PATCH', '/tracking-plans/:trackingPlanId/rules', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const input = readBodyRules(ctx, true);
		const now = nowIso();
		const next = plan.rules.map((rule) => ({ ...rule }));
		const problems = [];
		input.forEach((rule, index) => {
			const existing = next.find((have) => ruleId(have) === ruleId(rule));
			const key = rule.newKey !== undefined ? rule.newKey : rule.key;
			const target = next.find((have) => ruleId(have) === ruleId({ ...rule, key }));
			if (target && target !== existing) {
				problems.push([
					`rules[${index}].newKey`,
					`The rule ${describeRule({ ...rule, key })} already exists`,
				]);
				return;
			}
			if (existing) {
				existing.key = key;
				if (rule.jsonSchema !== undefined) existing.jsonSchema = rule.jsonSchema;
				existing.updatedAt = now;
			} else {
				next.push({
					type: rule.type,
					key,
					version: rule.version,
					jsonSchema: rule.jsonSchema === undefined ? null : rule.jsonSchema,
					createdAt: now,
					updatedAt: now,
				});
			}
		});
		assertValid(problems);
		plan.rules = next;
		plan.updatedAt = now;
		recordAudit('Tracking Plan Modified', 'trackingPlan', plan, plan.name);
		return { status: 'SUCCESS' };
	});
	// Removes every rule named in the query; 404 (and nothing removed) when one of them is missing.
	route('DELETE', '/tracking-plans/:trackingPlanId/rules', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const rules = readQueryRules(ctx.query);
		const have = new Set(plan.rules.map(ruleId));
		const missing = rules.filter((rule) => !have.has(ruleId(rule)));
		if (missing.length > 0)
			throw notFound(`Rule not found: ${missing.map(describeRule).join(', ')}`);
		const gone = new Set(rules.map(ruleId));
		plan.rules = plan.rules.filter((rule) => !gone.has(ruleId(rule)));
		plan.updatedAt = nowIso();
		recordAudit('Tracking Plan Modified', 'trackingPlan', plan, plan.name);
		return { status: 'SUCCESS' };
	});
	route('GET', '/tracking-plans/:trackingPlanId/sources', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const items = [...plan.sourceIds].map((id) => state.sources.get(id)).filter(Boolean);
		return paginate(ctx.query, 'sources', items, sourceOut);
	});
	// Connecting and disconnecting a source record "Source Modified", as Segment documents.
	route('POST', '/tracking-plans/:trackingPlanId/sources', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const body = readBody(ctx);
		assertValid(check(body, [['sourceId', 'id', true]]));
		const source = getSource(body.sourceId);
		plan.sourceIds.add(source.id);
		recordAudit('Source Modified', 'source', source, source.name);
		return { status: 'SUCCESS' };
	});
	route('DELETE', '/tracking-plans/:trackingPlanId/sources', (ctx) => {
		const plan = getTrackingPlan(ctx.params.trackingPlanId);
		const sourceId = ctx.query.get('sourceId');
		if (!sourceId) throw invalidOne('sourceId', '"sourceId" is required');
		const source = getSource(sourceId);
		if (!plan.sourceIds.has(source.id))
			throw notFound('Source is not connected to this tracking plan');
		plan.sourceIds.delete(source.id);
		recordAudit('Source Modified', 'source', source, source.name);
		return { status: 'SUCCESS' };
	});

	// Source schema settings (Protocols): everything allowed until changed ---------------------------
	const schemaSettingsOf = (source) => {
		let settings = state.schemaSettings.get(source.id);
		if (!settings) {
			settings = {
				track: {
					allowUnplannedEvents: true,
					allowUnplannedEventProperties: true,
					allowEventOnViolations: true,
					allowPropertiesOnViolations: true,
					commonEventOnViolations: 'ALLOW',
				},
				identify: {
					allowUnplannedTraits: true,
					allowTraitsOnViolations: true,
					commonEventOnViolations: 'ALLOW',
				},
				group: {
					allowUnplannedTraits: true,
					allowTraitsOnViolations: true,
					commonEventOnViolations: 'ALLOW',
				},
			};
			state.schemaSettings.set(source.id, settings);
		}
		return settings;
	};
	const schemaSettingsOut = (source) => ({
		sourceId: source.id,
		settings: clone(schemaSettingsOf(source)),
	});
	route('GET', '/sources/:sourceId/settings', (ctx) =>
		schemaSettingsOut(getSource(ctx.params.sourceId)),
	);
	// Merges the sections given key by key; a forwarding target must be a source ('' clears it).
	route('PATCH', '/sources/:sourceId/settings', (ctx) => {
		const source = getSource(ctx.params.sourceId);
		const body = readBody(ctx);
		const problems = check(body, [
			...Object.keys(SCHEMA_SETTINGS).map((section) => [section, 'object', false]),
			...SCHEMA_FORWARDING.map((name) => [name, 'string', false]),
		]);
		for (const [section, keys] of Object.entries(SCHEMA_SETTINGS)) {
			if (!isObject(body[section])) continue;
			for (const [key, value] of Object.entries(body[section])) {
				const field = `${section}.${key}`;
				const allowed = keys[key];
				if (allowed === undefined) problems.push([field, `"${field}" is not allowed`]);
				else if (allowed === 'boolean' && typeof value !== 'boolean')
					problems.push([field, `"${field}" must be a boolean`]);
				else if (Array.isArray(allowed) && !allowed.includes(value))
					problems.push([field, `"${field}" must be one of ${allowed.join(', ')}`]);
			}
		}
		for (const name of SCHEMA_FORWARDING) {
			if (typeof body[name] === 'string' && body[name] !== '' && !state.sources.has(body[name]))
				problems.push([name, `Source "${body[name]}" not found`]);
		}
		assertValid(problems);
		const settings = schemaSettingsOf(source);
		for (const section of Object.keys(SCHEMA_SETTINGS)) {
			if (isObject(body[section])) Object.assign(settings[section], body[section]);
		}
		for (const name of SCHEMA_FORWARDING) {
			if (body[name] === '') delete settings[name];
			else if (typeof body[name] === 'string') settings[name] = body[name];
		}
		recordAudit('Source Modified', 'source', source, source.name);
		return schemaSettingsOut(source);
	});

	// Events volume -------------------------------------------------------------------------------
	route('GET', '/events/volume', (ctx) => eventsVolume(ctx.query), { limit: 'eventsVolume' });

	function eventsVolume(query) {
		const granularity = query.get('granularity');
		const startTime = query.get('startTime');
		const endTime = query.get('endTime');
		const problems = [];
		if (!granularity) problems.push(['granularity', '"granularity" is required']);
		else if (!GRANULARITY_MS[granularity])
			problems.push(['granularity', '"granularity" must be one of DAY, HOUR, MINUTE']);
		const start = startTime ? Date.parse(startTime) : NaN;
		const end = endTime ? Date.parse(endTime) : NaN;
		if (!startTime) problems.push(['startTime', '"startTime" is required']);
		else if (Number.isNaN(start))
			problems.push(['startTime', '"startTime" must be an ISO 8601 timestamp']);
		if (!endTime) problems.push(['endTime', '"endTime" is required']);
		else if (Number.isNaN(end))
			problems.push(['endTime', '"endTime" must be an ISO 8601 timestamp']);
		else if (!Number.isNaN(start) && end <= start)
			problems.push(['endTime', '"endTime" must be after "startTime"']);
		const groupBy = queryArray(query, 'groupBy');
		for (const dimension of groupBy || []) {
			if (!VOLUME_GROUPS.includes(dimension))
				problems.push(['groupBy', `"groupBy" values must be among ${VOLUME_GROUPS.join(', ')}`]);
		}
		assertValid(problems);
		const step = GRANULARITY_MS[granularity];
		const firstBucket = Math.floor(start / step) * step;
		const bucketCount = Math.ceil((end - firstBucket) / step);
		if (bucketCount > MAX_VOLUME_BUCKETS) {
			throw invalidOne(
				'endTime',
				`The time range holds ${bucketCount} ${granularity} buckets; at most ${MAX_VOLUME_BUCKETS} are allowed`,
			);
		}
		// Validate pagination before doing the work.
		readPagination(query);

		const filters = {
			sourceId: queryArray(query, 'sourceId'),
			eventName: queryArray(query, 'eventName'),
			eventType: queryArray(query, 'eventType'),
			appVersion: queryArray(query, 'appVersion'),
		};
		const dims = new Set(groupBy || []);
		const now = clock();
		const groups = new Map();
		for (const [sourceId, profile] of state.volume) {
			const source = state.sources.get(sourceId);
			if (!source || (filters.sourceId && !filters.sourceId.includes(sourceId))) continue;
			for (const [eventName, eventType, peak] of profile.events) {
				if (filters.eventName && !filters.eventName.includes(eventName)) continue;
				if (filters.eventType && !filters.eventType.includes(eventType)) continue;
				profile.appVersions.forEach((appVersion, index) => {
					if (filters.appVersion && !filters.appVersion.includes(appVersion)) return;
					const share =
						profile.appVersions.length === 1
							? 1
							: (index + 1) / ((profile.appVersions.length * (profile.appVersions.length + 1)) / 2);
					const key = `${dims.has('source') ? sourceId : ''}|${dims.has('eventName') ? eventName : ''}|${dims.has('eventType') ? eventType : ''}`;
					let group = groups.get(key);
					if (!group) {
						group = { counts: new Array(bucketCount).fill(0) };
						if (dims.has('source'))
							group.source = { id: source.id, name: source.name, slug: source.slug };
						if (dims.has('eventName')) group.eventName = eventName || '';
						if (dims.has('eventType')) group.eventType = eventType;
						groups.set(key, group);
					}
					const seriesKey = `${sourceId}|${eventName}|${eventType}|${appVersion}`;
					for (let b = 0; b < bucketCount; b++) {
						const from = Math.max(start, firstBucket + b * step);
						const to = Math.min(end, firstBucket + (b + 1) * step);
						group.counts[b] += countBetween(seriesKey, peak * share, from, to, now);
					}
				});
			}
		}
		if (groups.size === 0 && dims.size === 0)
			groups.set('', { counts: new Array(bucketCount).fill(0) });
		const stamp = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
		const result = [...groups.values()]
			.map((group) => {
				const entry = {};
				if (group.source) entry.source = group.source;
				if (group.eventName !== undefined) entry.eventName = group.eventName;
				if (group.eventType !== undefined) entry.eventType = group.eventType;
				entry.total = group.counts.reduce((sum, n) => sum + n, 0);
				entry.series = group.counts.map((count, b) => ({
					time: stamp(firstBucket + b * step),
					count,
				}));
				return entry;
			})
			.sort((a, b) => b.total - a.total);
		const echo = { workspaceId, granularity, startTime, endTime };
		if (groupBy) echo.groupBy = groupBy;
		for (const [name, values] of Object.entries(filters)) if (values) echo[name] = values;
		return paginate(query, 'result', result, undefined, {
			path: '/observability/event_volume/v2.json',
			query: echo,
		});
	}

	/** Events of one series in [from, to): hourly counts spread evenly over minutes; none in the future or before the history. */
	function countBetween(seriesKey, peak, from, to, now) {
		const lo = Math.max(from, state.volumeStart);
		const hi = Math.min(to, now);
		if (hi <= lo) return 0;
		let total = 0;
		const HOUR = 3600000;
		for (let hour = Math.floor(lo / HOUR) * HOUR; hour < hi; hour += HOUR) {
			const hourOfDay = new Date(hour).getUTCHours();
			const diurnal = 0.55 + 0.45 * Math.sin(((hourOfDay - 9) / 24) * 2 * Math.PI);
			const noise = 0.85 + 0.3 * (hash32(`${seriesKey}|${hour}`) / 4294967296);
			const perHour = Math.round(peak * diurnal * noise);
			const a = Math.floor((Math.max(lo, hour) - hour) / 60000);
			const b = Math.ceil((Math.min(hi, hour + HOUR) - hour) / 60000);
			const base = Math.floor(perHour / 60);
			const extra = perHour % 60;
			total += (b - a) * base + Math.max(0, Math.min(b, extra) - a);
		}
		return total;
	}

	// Route groups kept in their own files (sandbox/routes/): each receives what the routes above use.
	// Engage spaces, shared by the Engage route groups (audiences, computed traits, activations...).
	state.spaces = new Map(
		[
			{ id: 'spa_sandboxProduction01', name: 'Production', slug: 'production' },
			{ id: 'spa_sandboxStaging0002', name: 'Staging', slug: 'staging' },
		].map((space) => [space.id, { ...space, createdAt: nowIso(), updatedAt: nowIso() }]),
	);
	// Audiences of the spaces, shared by the audience and activation route groups.
	state.audiences = new Map(
		[
			['aud_sandboxHighValue001', 'High-value customers', 'event("Order Completed").count() >= 3'],
			['aud_sandboxChurnRisk002', 'Churn risk', 'trait("days_since_last_seen") > 30'],
		].map(([id, name, query]) => [
			id,
			{
				id,
				spaceId: 'spa_sandboxProduction01',
				name,
				key: name.toLowerCase().replace(/[^a-z0-9]+/g, '_'),
				description: '',
				enabled: true,
				definition: { query, type: 'USERS' },
				audienceType: 'USERS',
				status: 'Live',
				createdBy: 'api-token@sandbox.invalid',
				updatedBy: 'api-token@sandbox.invalid',
				createdAt: nowIso(),
				updatedAt: nowIso(),
			},
		]),
	);
	const routeGroupContext = {
		...errors,
		...requests,
		...pagination,
		censor,
		...resources,
		route,
		state,
		catalog,
		randomId,
		clock,
	};
	for (const registerRoutes of ROUTE_GROUPS) registerRoutes(routeGroupContext);

	// -------------------------------------------------------------------------------------------
	// HTTP plumbing
	// -------------------------------------------------------------------------------------------

	/** Picks the response media type; undefined when the Accept header allows none we serve. */
	function negotiate(acceptHeader, alpha, beta) {
		const ranges = String(acceptHeader || '')
			.split(',')
			.map((part) => {
				const [type, ...params] = part.split(';').map((item) => item.trim().toLowerCase());
				const q = params.find((param) => param.startsWith('q='));
				return { type, q: q ? Number(q.slice(2)) : 1 };
			})
			.filter((range) => range.type && range.q > 0)
			.sort((a, b) => b.q - a.q);
		const versioned = /^application\/vnd\.segment\.(v1|v1beta|v1alpha)\+json$/;
		if (alpha) {
			const ALPHA = 'application/vnd.segment.v1alpha+json';
			if (ranges.some((range) => range.type === ALPHA)) return ALPHA;
			// Lenient mode: an unversioned Accept falls back to the alpha version, as Segment's
			// versioning docs describe and as the official SDK (which sends application/json) relies on.
			if (
				!strictAlpha &&
				(ranges.length === 0 || ranges.some((range) => GENERIC_TYPES.includes(range.type)))
			)
				return ALPHA;
			return undefined;
		}
		if (beta) {
			// Beta-only endpoints (space filters) serve v1beta and v1alpha, never v1.
			for (const range of ranges) {
				if (/^application\/vnd\.segment\.(v1beta|v1alpha)\+json$/.test(range.type))
					return range.type;
			}
			const generic =
				ranges.length === 0 || ranges.some((range) => GENERIC_TYPES.includes(range.type));
			return generic ? 'application/vnd.segment.v1beta+json' : undefined;
		}
		if (ranges.length === 0) return 'application/vnd.segment.v1+json';
		for (const range of ranges) {
			if (versioned.test(range.type)) return range.type;
			if (GENERIC_TYPES.includes(range.type)) return 'application/vnd.segment.v1+json';
		}
		return undefined;
	}

	function send(res, status, payload, contentType, headers = {}) {
		if (res.headersSent || res.destroyed) return;
		const body = JSON.stringify(payload);
		counters.requests += 1;
		counters.byStatus[status] = (counters.byStatus[status] || 0) + 1;
		if (status === 429) counters.rateLimited += 1;
		res.writeHead(status, {
			'Content-Type': contentType,
			'Content-Length': Buffer.byteLength(body),
			...headers,
		});
		res.end(body);
	}

	function sendError(res, error, headers = {}) {
		send(res, error.status, { errors: error.errors }, 'application/json', {
			...headers,
			...error.headers,
		});
	}

	const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

	async function handle(req, res, rawBody, tooLarge) {
		const raw = req.url && req.url.startsWith('/') ? req.url : `/${req.url || ''}`;
		const url = new URL(`http://${HOST}${raw}`);
		const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
		const method = (req.method || 'GET').toUpperCase();

		const latency =
			faults.latencyMs + (faults.latencyJitterMs ? faultRng() * faults.latencyJitterMs : 0);
		if (latency > 0) await sleep(latency);

		const auth = /^bearer\s+(.+)$/i.exec(String(req.headers.authorization || '').trim());
		if (!auth || auth[1] !== token) {
			counters.unauthorized += 1;
			return sendError(res, new ApiError(401, [{ type: 'unauthorized', message: 'Unauthorized' }]));
		}

		const global = consume('global', faults.rateLimit || NOMINAL_RATE_LIMIT);
		const limitHeaders = rateLimitHeaders(global);
		if (!global.allowed) return sendError(res, tooManyRequests(global));

		if (tooLarge) {
			return sendError(
				res,
				new ApiError(413, [{ type: 'PayloadTooLarge', message: 'Payload too large' }]),
				limitHeaders,
			);
		}

		let match;
		let params = {};
		for (const candidate of routes) {
			if (candidate.method !== method) continue;
			const found = candidate.regex.exec(path);
			if (!found) continue;
			try {
				candidate.keys.forEach((key, index) => {
					params[key] = decodeURIComponent(found[index + 1]);
				});
			} catch {
				params = {};
				continue;
			}
			match = candidate;
			break;
		}
		if (!match) {
			return sendError(
				res,
				new ApiError(404, [{ type: 'NotFound', message: `Route not found: ${method} ${path}` }]),
				limitHeaders,
			);
		}

		const contentType = negotiate(req.headers.accept, match.alpha, match.beta);
		if (!contentType) {
			counters.notAcceptable += 1;
			const message = match.alpha
				? 'This endpoint is only available in v1alpha: send Accept: application/vnd.segment.v1alpha+json'
				: 'Unsupported Accept header: use application/vnd.segment.v1+json, v1beta+json or v1alpha+json';
			return sendError(res, new ApiError(406, [{ type: 'NotAcceptable', message }]), limitHeaders);
		}

		if (match.limit && faults.operationLimits) {
			const result = consume(match.limit, OPERATION_LIMITS[match.limit]);
			if (!result.allowed) return sendError(res, tooManyRequests(result));
		}

		if (faults.failRate > 0 && faultRng() < faults.failRate) {
			counters.faultsInjected += 1;
			const status = faults.failStatuses[Math.floor(faultRng() * faults.failStatuses.length)];
			const message = status === 503 ? 'Service unavailable' : 'Internal server error';
			return sendError(
				res,
				new ApiError(status, [
					{ type: status === 503 ? 'ServiceUnavailable' : 'InternalServerError', message },
				]),
				limitHeaders,
			);
		}

		let body;
		if (rawBody.length > 0) {
			try {
				body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				return sendError(
					res,
					invalidOne('body', 'The request body is not valid JSON'),
					limitHeaders,
				);
			}
		}

		try {
			// Handlers may add response headers (e.g. a regulation quota's X-RateLimit-*) to ctx.headers.
			const ctx = { params, query: url.searchParams, body, method, path, headers: {} };
			const data = match.handler(ctx);
			send(res, match.status || 200, { data }, contentType, { ...limitHeaders, ...ctx.headers });
		} catch (error) {
			if (error instanceof ApiError) return sendError(res, error, limitHeaders);
			if (log) log(`sandbox: ${method} ${path} failed: ${error && error.stack}`);
			return sendError(
				res,
				new ApiError(500, [{ type: 'InternalServerError', message: 'Internal server error' }]),
				limitHeaders,
			);
		}
		return undefined;
	}

	const server = http.createServer((req, res) => {
		const chunks = [];
		let size = 0;
		let tooLarge = false;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > maxBodyBytes) tooLarge = true;
			else chunks.push(chunk);
		});
		req.on('end', () => {
			handle(req, res, tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge)
				.catch((error) => {
					if (log) log(`sandbox: ${error && error.stack}`);
					sendError(
						res,
						new ApiError(500, [{ type: 'InternalServerError', message: 'Internal server error' }]),
					);
				})
				.finally(() => {
					if (log) log(`${req.method} ${req.url} -> ${res.statusCode}`);
				});
		});
		req.on('error', () => res.destroy());
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port || 0, HOST, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address();

	let closing;
	return {
		url: `http://${HOST}:${port}`,
		port,
		token,
		workspace: { ...state.workspace },
		counters,
		state,
		setFaults,
		getFaults: () => ({
			...faults,
			rateLimit: faults.rateLimit && { ...faults.rateLimit },
			regulationQuota: { ...faults.regulationQuota },
			failStatuses: [...faults.failStatuses],
		}),
		resetCounters() {
			counters.requests = 0;
			counters.rateLimited = 0;
			counters.faultsInjected = 0;
			counters.unauthorized = 0;
			counters.notAcceptable = 0;
			counters.byStatus = {};
		},
		close() {
			if (!closing) {
				closing = new Promise((resolve) => {
					server.close(() => resolve());
					server.closeAllConnections();
				});
			}
			return closing;
		},
	};
}

module.exports = { startSandbox, DEFAULT_TOKEN, MASK };
