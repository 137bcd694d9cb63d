'use strict';
// Insert function instances (alpha only): an insert function (INSERT_DESTINATION or INSERT_SOURCE)
// connected to a destination or a source, with values for the settings the function declares.
// Dev-only.

const { MASK } = require('../lib/secrets');

/** The instance endpoints take the function's "class ID": its ID without the type prefix. */
const INSERT_PREFIXES = { INSERT_DESTINATION: 'ifnd_', INSERT_SOURCE: 'ifns_' };
const SETTING_TYPES = {
	ARRAY: (value) => Array.isArray(value),
	BOOLEAN: (value) => typeof value === 'boolean',
	STRING: (value) => typeof value === 'string',
	TEXT_MAP: (value) => value !== null && typeof value === 'object' && !Array.isArray(value),
};

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
		queryValue,
		notFound,
		invalidOne,
		clone,
		isObject,
		getSource,
		getDestination,
	} = context;
	const alpha = { alpha: true };
	/** id -> { id, name, integrationId, classId, enabled, createdAt, updatedAt, settings } */
	const instances = new Map();
	state.insertFunctionInstances = instances;

	const classIdOf = (fn) => fn.id.slice(INSERT_PREFIXES[fn.resourceType].length);

	/** The insert function of a class ID; `lenient` also takes the prefixed function ID (lists). */
	function insertFunctionOf(field, classId, lenient) {
		for (const fn of state.functions.values()) {
			const prefix = INSERT_PREFIXES[fn.resourceType];
			if (!prefix) {
				if (fn.id === classId || fn.id.slice(fn.id.indexOf('_') + 1) === classId) {
					throw invalidOne(
						field,
						`"${field}" must be an insert function (INSERT_DESTINATION or INSERT_SOURCE); "${fn.id}" is ${fn.resourceType}`,
					);
				}
				continue;
			}
			if (classIdOf(fn) === classId) return fn;
			if (fn.id === classId) {
				if (lenient) return fn;
				throw invalidOne(
					field,
					`"${field}" must be the insert function ID without its "${prefix}" prefix`,
				);
			}
		}
		throw notFound('Insert function not found');
	}

	/** The function of a stored instance; undefined once the function was deleted. */
	function functionOfInstance(instance) {
		for (const fn of state.functions.values()) {
			if (INSERT_PREFIXES[fn.resourceType] && classIdOf(fn) === instance.classId) return fn;
		}
		return undefined;
	}

	function getInstance(id) {
		const instance = instances.get(id);
		if (!instance || !functionOfInstance(instance))
			throw notFound('Insert function instance not found');
		return instance;
	}

	/** Settings as Segment returns them: sensitive ones only masked, in `encryptedSettings`. */
	function instanceOut(instance) {
		const fn = functionOfInstance(instance);
		const sensitive = new Set(
			(fn ? fn.settings : []).filter((setting) => setting.sensitive).map((setting) => setting.name),
		);
		const settings = {};
		const encryptedSettings = {};
		for (const [key, value] of Object.entries(instance.settings)) {
			if (sensitive.has(key)) encryptedSettings[key] = MASK;
			else settings[key] = clone(value);
		}
		return {
			id: instance.id,
			name: instance.name,
			integrationId: instance.integrationId,
			classId: instance.classId,
			enabled: instance.enabled,
			createdAt: instance.createdAt,
			updatedAt: instance.updatedAt,
			settings,
			encryptedSettings,
		};
	}

	/** Checks setting values against what the function declares; `complete`: required ones present. */
	function checkSettings(fn, settings, complete, problems) {
		if (!isObject(settings)) return;
		const declared = new Map(fn.settings.map((setting) => [setting.name, setting]));
		for (const [key, value] of Object.entries(settings)) {
			const setting = declared.get(key);
			const field = `settings.${key}`;
			if (!setting) {
				problems.push([field, `"${field}" is not a setting of the function`]);
			} else if (SETTING_TYPES[setting.type] && !SETTING_TYPES[setting.type](value)) {
				problems.push([field, `"${field}" must be of type ${setting.type}`]);
			} else if (value === MASK) {
				problems.push([field, `"${field}" is the censor mask, not a value`]);
			}
		}
		if (!complete) return;
		for (const setting of fn.settings) {
			if (setting.required && settings[setting.name] === undefined) {
				problems.push([
					`settings.${setting.name}`,
					`"settings.${setting.name}" is required by the function`,
				]);
			}
		}
	}

	route(
		'GET',
		'/insert-function-instances',
		(ctx) => {
			const functionId = queryValue(ctx.query, 'functionId');
			if (functionId === undefined || functionId.trim() === '')
				throw invalidOne('functionId', '"functionId" is required');
			const fn = insertFunctionOf('functionId', functionId, true);
			const items = [...instances.values()].filter(
				(instance) => instance.classId === classIdOf(fn),
			);
			return paginate(ctx.query, 'instances', items, instanceOut);
		},
		alpha,
	);

	route(
		'GET',
		'/insert-function-instances/:instanceId',
		(ctx) => ({ insertFunctionInstance: instanceOut(getInstance(ctx.params.instanceId)) }),
		alpha,
	);

	route(
		'POST',
		'/insert-function-instances',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(
				check(body, [
					['functionId', 'id', true],
					['integrationId', 'id', true],
					['enabled', 'boolean', false],
					['name', 'id', true],
					['settings', 'object', true],
				]),
			);
			const fn = insertFunctionOf('functionId', body.functionId, false);
			// An insert destination function runs before a destination, an insert source one after a source.
			if (fn.resourceType === 'INSERT_DESTINATION') getDestination(body.integrationId);
			else getSource(body.integrationId);
			const problems = [];
			checkSettings(fn, body.settings, true, problems);
			assertValid(problems);
			const now = nowIso();
			const instance = {
				id: randomId(27),
				name: body.name,
				integrationId: body.integrationId,
				classId: classIdOf(fn),
				enabled: body.enabled === true,
				createdAt: now,
				updatedAt: now,
				settings: clone(body.settings),
			};
			instances.set(instance.id, instance);
			return { insertFunctionInstance: instanceOut(instance) };
		},
		alpha,
	);

	// `settings` is required, as documented; the keys given replace those stored, others stay.
	route(
		'PATCH',
		'/insert-function-instances/:instanceId',
		(ctx) => {
			const instance = getInstance(ctx.params.instanceId);
			const body = readBody(ctx);
			const problems = check(body, [
				['enabled', 'boolean', false],
				['name', 'id', false],
				['settings', 'object', true],
			]);
			checkSettings(functionOfInstance(instance), body.settings, false, problems);
			assertValid(problems);
			Object.assign(instance.settings, clone(body.settings));
			if (body.name !== undefined) instance.name = body.name;
			if (body.enabled !== undefined) instance.enabled = body.enabled;
			instance.updatedAt = nowIso();
			return { insertFunctionInstance: instanceOut(instance) };
		},
		alpha,
	);

	route(
		'DELETE',
		'/insert-function-instances/:instanceId',
		(ctx) => {
			instances.delete(getInstance(ctx.params.instanceId).id);
			return { status: 'SUCCESS' };
		},
		alpha,
	);

	// The seed has no insert function, so no instance is seeded; one is seeded here if it gains one.
	const seedFunction = [...state.functions.values()].find((fn) => INSERT_PREFIXES[fn.resourceType]);
	const seedTarget =
		seedFunction &&
		[
			...(seedFunction.resourceType === 'INSERT_DESTINATION'
				? state.destinations
				: state.sources
			).values(),
		][0];
	if (seedFunction && seedTarget) {
		const createdAt = seedFunction.createdAt || nowIso();
		const instance = {
			id: 'ifi_sandboxSeed0000000000001',
			name: `${seedFunction.displayName} (${seedTarget.name})`,
			integrationId: seedTarget.id,
			classId: classIdOf(seedFunction),
			enabled: true,
			createdAt,
			updatedAt: createdAt,
			settings: {},
		};
		instances.set(instance.id, instance);
	}
};
