'use strict';
// Source schema settings (Protocols): everything allowed until changed. Dev-only.

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

module.exports = function register(context) {
	const { route, state, readBody, check, assertValid, clone, isObject, getSource, recordAudit } =
		context;
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
};
