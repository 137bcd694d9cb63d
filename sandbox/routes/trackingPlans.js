'use strict';
// Tracking plans, their rules and the sources connected to them. Dev-only.

const TRACKING_PLAN_TYPES = ['ENGAGE', 'LIVE', 'PROPERTY_LIBRARY', 'RULE_LIBRARY', 'TEMPLATE'];
const RULE_TYPES = ['COMMON', 'GROUP', 'IDENTIFY', 'PAGE', 'SCREEN', 'TRACK'];
/** Segment refuses to replace (PUT) the rules of a tracking plan that has more than this many. */
const MAX_REPLACEABLE_RULES = 200;

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		nowIso,
		paginate,
		readBody,
		check,
		assertValid,
		checkEnum,
		notFound,
		invalidOne,
		throwIt,
		clone,
		isObject,
		sourceOut,
		getSource,
		recordAudit,
	} = context;
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
};
