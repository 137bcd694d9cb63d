'use strict';
// Destination filters (v1, under the singular /destination/), and the preview of a filter on a
// payload. Conditions are stored as sent; only the preview evaluates them (see compileFql for
// the subset). Dev-only.

const { hash32 } = require('../seed');
const { isObject, clone, check, checkEnum } = require('../lib/requests');

const FILTER_ACTION_TYPES = ['ALLOW_PROPERTIES', 'DROP', 'DROP_PROPERTIES', 'SAMPLE'];

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

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		nowIso,
		paginate,
		readBody,
		assertValid,
		notFound,
		getDestination,
		recordAudit,
	} = context;
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
};
