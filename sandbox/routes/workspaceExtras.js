'use strict';
// Workspace extras (dev-only): Live Plugins of sources (alpha), warehouse credentials and their
// consumers, Customer Insights downloads (alpha, 120 per day) and the echo endpoint.

const crypto = require('node:crypto');
const { CATALOG } = require('../seed');

const DAY_MS = 86400000;
const HOUR_MS = 3600000;
/** Segment keeps Customer Insights logs for about a month. */
const RETENTION_MS = 31 * DAY_MS;
const DOWNLOADS_PER_DAY = 120;
const MAX_PAGE_SIZE = 1000;
/** Collections that have logs; any other collection ID answers 404. */
const COLLECTIONS = ['col_sandboxDeliveryLogs01', 'col_sandboxProfileLogs002'];

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
		queryValue,
		notFound,
		invalid,
		invalidOne,
		ApiError,
		clone,
		censor,
		isObject,
		getSource,
		recordAudit,
	} = context;

	const warehouseTypes = new Map(CATALOG.warehouses.map((entry) => [entry.name, entry]));
	const sourceCatalog = new Map(CATALOG.sources.map((entry) => [entry.id, entry]));
	const warehouseCatalog = new Map(CATALOG.warehouses.map((entry) => [entry.id, entry]));

	// Live Plugins ----------------------------------------------------------------------------
	/** One Live Plugin per source: its id stays, each upload is a new version. */
	state.livePlugins = new Map();

	const livePluginOut = (plugin) => ({
		id: plugin.id,
		sourceId: plugin.sourceId,
		createdAt: plugin.createdAt,
		createdBy: plugin.createdBy,
		downloadURL: `https://cdn.segment.com/live-plugins/${plugin.sourceId}/${plugin.id}/v${plugin.version}.js`,
		version: plugin.version,
		code: plugin.code,
	});
	const getLivePlugin = (source) =>
		state.livePlugins.get(source.id) ||
		(() => {
			throw notFound('No Live Plugin exists for this source');
		})();

	route(
		'POST',
		'/sources/:sourceId/live-plugins/create',
		(ctx) => {
			const source = getSource(ctx.params.sourceId);
			const body = readBody(ctx);
			assertValid(check(body, [['code', 'id', true]]));
			const previous = state.livePlugins.get(source.id);
			const plugin = {
				id: previous ? previous.id : randomId(),
				sourceId: source.id,
				createdAt: nowIso(),
				createdBy: state.tokenUserId,
				version: previous ? previous.version + 1 : 1,
				code: body.code,
			};
			state.livePlugins.set(source.id, plugin);
			recordAudit('Live Plugin Created', 'source', source, source.name);
			return { livePlugin: livePluginOut(plugin) };
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/sources/:sourceId/live-plugins/latest',
		(ctx) => ({ livePlugin: livePluginOut(getLivePlugin(getSource(ctx.params.sourceId))) }),
		{ alpha: true },
	);
	route(
		'DELETE',
		'/sources/:sourceId/live-plugins/delete-code',
		(ctx) => {
			const source = getSource(ctx.params.sourceId);
			const plugin = getLivePlugin(source);
			// Live Plugins stay enabled for the source; only the code goes.
			plugin.code = null;
			recordAudit('Live Plugin Code Deleted', 'source', source, source.name);
			return { status: 'SUCCESS' };
		},
		{ alpha: true },
	);

	// Warehouse credentials ---------------------------------------------------------------------
	state.credentials = new Map();

	const warehouses = [...state.warehouses.values()];
	const sources = [...state.sources.values()];
	const seedCredential = (name, settings, consumers) => {
		const id = randomId();
		const at = nowIso();
		state.credentials.set(id, {
			id,
			name,
			settings,
			createdAt: at,
			updatedAt: at,
			warehouseIds: consumers.warehouses.filter(Boolean).map((warehouse) => warehouse.id),
			sourceIds: consumers.sources.filter(Boolean).map((source) => source.id),
		});
	};
	seedCredential(
		'Snowflake production',
		{
			type: 'Snowflake',
			account: 'acme-xy12345',
			warehouse: 'SEGMENT_WH',
			database: 'SEGMENT_EVENTS',
			username: 'SEGMENT_USER',
			password: 'sandbox-credential-snowflake-password',
		},
		{
			warehouses: [warehouses.find((warehouse) => warehouse.settings.account)],
			sources: [sources[0]],
		},
	);
	seedCredential(
		'Redshift analytics',
		{
			type: 'Redshift',
			hostname: 'redshift.acme.example',
			port: '5439',
			database: 'analytics',
			username: 'segment',
			password: 'sandbox-credential-redshift-password',
		},
		{ warehouses: [], sources: [] },
	);

	const credentialOut = (credential) => ({
		id: credential.id,
		workspaceId,
		name: credential.name,
		settings: censor(credential.settings),
		createdAt: credential.createdAt,
		updatedAt: credential.updatedAt,
	});
	const getCredential = (id) =>
		state.credentials.get(id) ||
		(() => {
			throw notFound('Credential not found');
		})();
	/** The consumers that still exist: a deleted warehouse or source no longer uses the credential. */
	const consumersOf = (credential) => ({
		warehouses: credential.warehouseIds.map((id) => state.warehouses.get(id)).filter(Boolean),
		sources: credential.sourceIds.map((id) => state.sources.get(id)).filter(Boolean),
	});

	/** Problems of `settings` for a credential of `type`: secrets and required settings per the catalog. */
	function settingsProblems(settings, type, requireAll) {
		const problems = [];
		const entry = warehouseTypes.get(type);
		if (!entry) {
			problems.push([
				'settings.type',
				`"settings.type" must be one of ${[...warehouseTypes.keys()].sort().join(', ')}`,
			]);
			return problems;
		}
		for (const option of entry.options) {
			const value = settings[option.name];
			if (value === undefined || value === null) {
				if (requireAll && option.required)
					problems.push([`settings.${option.name}`, `"settings.${option.name}" is required`]);
			} else if (typeof value !== 'string' || value === '') {
				problems.push([
					`settings.${option.name}`,
					`"settings.${option.name}" must be a non-empty string`,
				]);
			}
		}
		return problems;
	}

	route('GET', '/credentials', (ctx) =>
		paginate(ctx.query, 'credentials', [...state.credentials.values()], credentialOut),
	);
	route('GET', '/credentials/:credentialId', (ctx) => ({
		credential: credentialOut(getCredential(ctx.params.credentialId)),
	}));
	route(
		'POST',
		'/credentials',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(
				check(body, [
					['name', 'id', true],
					['settings', 'object', true],
				]),
			);
			assertValid(check(body.settings, [['type', 'id', true]], 'settings.'));
			assertValid(settingsProblems(body.settings, body.settings.type, true));
			const id = randomId();
			const at = nowIso();
			const credential = {
				id,
				name: body.name,
				settings: clone(body.settings),
				createdAt: at,
				updatedAt: at,
				warehouseIds: [],
				sourceIds: [],
			};
			state.credentials.set(id, credential);
			recordAudit('Warehouse Credential Created', 'credential', credential, credential.name);
			return { credential: credentialOut(credential) };
		},
		{ status: 201 },
	);
	route('PATCH', '/credentials/:credentialId', (ctx) => {
		const credential = getCredential(ctx.params.credentialId);
		const body = readBody(ctx);
		assertValid(
			check(body, [
				['name', 'id', false],
				['settings', 'object', false],
			]),
		);
		if (isObject(body.settings)) {
			const type = body.settings.type;
			if (type !== undefined && type !== credential.settings.type) {
				throw invalidOne('settings.type', '"settings.type" cannot be changed');
			}
			assertValid(settingsProblems(body.settings, credential.settings.type, false));
		}
		if (body.name !== undefined) credential.name = body.name;
		if (body.settings !== undefined) Object.assign(credential.settings, clone(body.settings));
		credential.updatedAt = nowIso();
		recordAudit('Warehouse Credential Modified', 'credential', credential, credential.name);
		return { credential: credentialOut(credential) };
	});
	route('DELETE', '/credentials/:credentialId', (ctx) => {
		const credential = getCredential(ctx.params.credentialId);
		const consumers = consumersOf(credential);
		if (consumers.warehouses.length + consumers.sources.length > 0) {
			throw new ApiError(409, [
				{
					type: 'Conflict',
					message: `The credential is in use by ${consumers.warehouses.length} warehouse(s) and ${consumers.sources.length} source(s)`,
				},
			]);
		}
		state.credentials.delete(credential.id);
		recordAudit('Warehouse Credential Deleted', 'credential', credential, credential.name);
		return { status: 'SUCCESS' };
	});

	const encodeCursor = (offset) => Buffer.from(String(offset)).toString('base64');
	/** One page of a consumer list under its own pagination parameter (optional: all, up to 1000). */
	function consumerPage(query, name, items, represent) {
		const count = queryValue(query, `${name}[count]`, `${name}.count`);
		const cursor = queryValue(query, `${name}[cursor]`, `${name}.cursor`);
		const size = count === undefined ? MAX_PAGE_SIZE : Number(count);
		if (count !== undefined && (!/^\d+$/.test(count) || size < 1 || size > MAX_PAGE_SIZE)) {
			throw invalidOne(`${name}.count`, `"${name}.count" must be an integer between 1 and 1000`);
		}
		let offset = 0;
		if (cursor !== undefined && cursor !== '') {
			const text = Buffer.from(cursor, 'base64').toString('utf8');
			if (!/^\d+$/.test(text) || encodeCursor(Number(text)) !== cursor)
				throw invalidOne(`${name}.cursor`, `"${name}.cursor" is not a valid cursor`);
			offset = Number(text);
		}
		const end = offset + size;
		return {
			page: items.slice(offset, end).map(represent),
			pagination: {
				current: encodeCursor(offset),
				next: end < items.length ? encodeCursor(end) : null,
				previous: offset > 0 ? encodeCursor(Math.max(0, offset - size)) : null,
				totalEntries: items.length,
			},
		};
	}
	const consumerWarehouseOut = (warehouse) => ({
		id: warehouse.id,
		workspaceId,
		enabled: warehouse.enabled,
		metadata: warehouseCatalog.get(warehouse.metadataId),
		settings: censor(warehouse.settings),
	});
	const consumerSourceOut = (source) => ({
		id: source.id,
		slug: source.slug,
		name: source.name,
		workspaceId,
		enabled: source.enabled,
		writeKeys: [...source.writeKeys],
		metadata: sourceCatalog.get(source.metadataId),
		settings: censor(source.settings),
		labels: source.labels.map((label) => ({ ...label })),
	});
	route('GET', '/credentials/:credentialId/consumers', (ctx) => {
		const consumers = consumersOf(getCredential(ctx.params.credentialId));
		const w = consumerPage(
			ctx.query,
			'warehousesPagination',
			consumers.warehouses,
			consumerWarehouseOut,
		);
		const s = consumerPage(ctx.query, 'sourcesPagination', consumers.sources, consumerSourceOut);
		return {
			warehouses: w.page,
			warehousesPagination: w.pagination,
			sources: s.page,
			sourcesPagination: s.pagination,
		};
	});

	// Customer Insights downloads (alpha) -------------------------------------------------------
	/** Downloads asked for per UTC day, for the 120-per-day limit. */
	const downloadDays = new Map();

	function presignedUrl(collectionId, hourIso, part) {
		const date = new Date(hourIso);
		const pad = (value) => String(value).padStart(2, '0');
		const prefix = [
			date.getUTCFullYear(),
			pad(date.getUTCMonth() + 1),
			pad(date.getUTCDate()),
			pad(date.getUTCHours()),
		].join('/');
		const amzDate = new Date(clock()).toISOString().replace(/[-:]|\.\d{3}/g, '');
		const key = `customer-insights/${collectionId}/${prefix}/part-${String(part).padStart(5, '0')}.json.gz`;
		const signature = crypto
			.createHash('sha256')
			.update(`${workspaceId}:${key}:${amzDate}`)
			.digest('hex');
		const query = [
			'X-Amz-Algorithm=AWS4-HMAC-SHA256',
			`X-Amz-Credential=SANDBOX%2F${amzDate.slice(0, 8)}%2Fus-west-2%2Fs3%2Faws4_request`,
			`X-Amz-Date=${amzDate}`,
			'X-Amz-Expires=3600',
			'X-Amz-SignedHeaders=host',
			`X-Amz-Signature=${signature}`,
		].join('&');
		return `http://127.0.0.1/${key}?${query}`;
	}

	route(
		'POST',
		'/customer-insights/download',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(
				check(body, [
					['collectionId', 'id', true],
					['hour', 'id', true],
				]),
			);
			const time = Date.parse(body.hour);
			if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(body.hour) || Number.isNaN(time))
				throw invalidOne(
					'hour',
					'"hour" must be an ISO 8601 UTC timestamp, e.g. 2025-05-07T23:00:00Z',
				);
			if (time % HOUR_MS !== 0)
				throw invalidOne('hour', '"hour" must be the start of an hour, e.g. 2025-05-07T23:00:00Z');
			if (time > clock()) throw invalidOne('hour', '"hour" must not be in the future');

			const day = Math.floor(clock() / DAY_MS);
			const used = (downloadDays.get(day) || 0) + 1;
			downloadDays.set(day, used);
			if (used > DOWNLOADS_PER_DAY) {
				throw new ApiError(429, [{ type: 'RequestError', message: 'Too many requests' }], {
					'X-RateLimit-Consumed': String(used),
					'X-RateLimit-Remaining': '0',
					'X-RateLimit-Reset': new Date((day + 1) * DAY_MS).toUTCString(),
				});
			}
			ctx.headers['X-RateLimit-Remaining'] = String(DOWNLOADS_PER_DAY - used);

			if (!COLLECTIONS.includes(body.collectionId)) throw notFound('Collection not found');
			const hourIso = new Date(time).toISOString().replace('.000Z', 'Z');
			// Logs older than the retention are gone: no files.
			const urls =
				clock() - time > RETENTION_MS
					? []
					: [0, 1].map((part) => presignedUrl(body.collectionId, hourIso, part));
			return { download: { urls } };
		},
		{ alpha: true },
	);

	// Echo ----------------------------------------------------------------------------------------
	/**
	 * Echoes `message`. triggerError / triggerMultipleErrors answer 400, triggerUnexpectedError 500,
	 * statusCode >= 400 that status. The dispatcher calls handlers synchronously and answers 200
	 * (or the route's fixed status), so `delay` is checked but not waited and a 2xx `statusCode`
	 * answers 200. The request headers are echoed when the dispatcher hands them over.
	 */
	route('GET', '/echo', (ctx) => {
		const message = queryValue(ctx.query, 'message');
		const problems = [];
		if (message === undefined) problems.push(['message', '"message" is required']);
		const number = (name, min, max) => {
			const value = queryValue(ctx.query, name);
			if (value === undefined) return undefined;
			const parsed = Number(value);
			if (value === '' || !Number.isFinite(parsed) || parsed < min || parsed > max) {
				problems.push([name, `"${name}" must be a number between ${min} and ${max}`]);
			}
			return parsed;
		};
		const flag = (name) => {
			const value = queryValue(ctx.query, name);
			if (value !== undefined && value !== 'true' && value !== 'false')
				problems.push([name, `"${name}" must be a boolean`]);
			return value === 'true';
		};
		number('delay', 0, 60000);
		const statusCode = number('statusCode', 100, 599);
		const triggerError = flag('triggerError');
		const triggerMultipleErrors = flag('triggerMultipleErrors');
		const triggerUnexpectedError = flag('triggerUnexpectedError');
		if (problems.length > 0) throw invalid(problems);
		if (triggerError) throw new ApiError(400, [{ type: 'echo', message }]);
		if (triggerMultipleErrors) {
			throw new ApiError(400, [
				{ type: 'echo', message },
				{ type: 'echo', message: 'A second error, as triggerMultipleErrors asked' },
			]);
		}
		if (triggerUnexpectedError)
			throw new ApiError(500, [{ type: 'InternalServerError', message: 'Internal server error' }]);
		if (statusCode !== undefined && statusCode >= 400) {
			throw new ApiError(statusCode, [{ type: 'echo', message }]);
		}
		return {
			method: 'get',
			message,
			headers: isObject(ctx.requestHeaders) ? clone(ctx.requestHeaders) : {},
		};
	});
};
