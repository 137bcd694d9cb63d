'use strict';
// Functions and their versions (alpha). A code change adds a version; deploy marks the latest
// version deployed; restore adds a new version with the old code. Dev-only.

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
		notFound,
		invalidOne,
		clone,
		isObject,
		getFunction,
	} = context;
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
};
