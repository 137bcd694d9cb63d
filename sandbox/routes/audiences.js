'use strict';

/**
 * Engage audiences of a space (Segment's "Audiences" tag): CRUD, previews, forced runs, the
 * audiences that reference one, and the run schedules of Linked audiences. Dev-only.
 *
 * Over `state.audiences` (shared with the activation routes; two USERS audiences are seeded in
 * spa_sandboxProduction01). What it imitates:
 *  - Lists of audiences are capped at 200 per page (422 above it); references at 1,000.
 *  - A preview is RUNNING on its first read and COMPLETED (or FAILED, for a definition whose
 *    parentheses or quotes do not balance) from the second on; its size and sampled members are
 *    derived from the definition, so the same definition always gives the same result. 700
 *    previews per space, then 429.
 *  - Runs and schedules exist only for Linked audiences (audienceType LINKED); a disabled one
 *    cannot run.
 *  - The references of an audience are the audiences of its space whose query names its key,
 *    e.g. audience('high_value_customers').
 */

const { hash32 } = require('../seed');

const AUDIENCE_TYPES = ['ACCOUNTS', 'LINKED', 'USERS'];
const SEARCH_TYPES = ['DEFINITION', 'KEY', 'NAME'];
const SORT_FIELDS = ['CREATED_AT', 'NAME', 'UPDATED_AT'];
const SORT_DIRECTIONS = ['ASC', 'DESC'];
const STRATEGIES = ['PERIODIC', 'SPECIFIC_DAYS'];
const INTERVALS = {
	'15m': 15,
	'30m': 30,
	'1h': 60,
	'2h': 120,
	'4h': 240,
	'6h': 360,
	'8h': 480,
	'12h': 720,
	'1d': 1440,
};
const DEFAULT_EXTERNAL_IDS = ['user_id', 'email', 'android.idfa', 'ios.idfa'];
const MAX_AUDIENCE_PAGE = 200;
const MAX_SEARCH_LENGTH = 255;
const PREVIEWS_PER_SPACE = 700;
const MAX_PREVIEW_RESULTS = 5;

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		clock,
		nowIso,
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
		isObject,
		getSpace,
		getAudience,
		recordAudit,
	} = context;

	/** Previews by ID, with the number of reads so far. */
	state.audiencePreviews = new Map();
	/** Schedules by audience ID, each a Map by schedule ID. */
	state.audienceSchedules = new Map();
	/** Forced runs, newest last. */
	state.audienceRuns = [];
	const previewsBySpace = new Map();

	// Representations --------------------------------------------------------------------------

	const typeOf = (audience) =>
		audience.audienceType || (audience.definition && audience.definition.type) || 'USERS';
	const definitionOut = (audience) => {
		if (!audience.definition) return null;
		const out = { query: audience.definition.query };
		if (audience.definition.targetEntity !== undefined)
			out.targetEntity = audience.definition.targetEntity;
		return out;
	};
	const optionsOut = (audience) => {
		const options = audience.options || {};
		const out = {
			filterByExternalIds: [...(options.filterByExternalIds || DEFAULT_EXTERNAL_IDS)],
			includeHistoricalData: options.includeHistoricalData === true,
		};
		if (options.backfillEventDataDays !== undefined)
			out.backfillEventDataDays = options.backfillEventDataDays;
		return out;
	};
	const sizeUnit = (type) => (type === 'LINKED' ? 'ENTITIES' : type);
	const sizeOf = (query, type) => ({
		type: sizeUnit(type),
		count: hash32(`${type}:${query}`) % 5000,
	});
	const schedulesOf = (audience) => {
		let schedules = state.audienceSchedules.get(audience.id);
		if (!schedules) state.audienceSchedules.set(audience.id, (schedules = new Map()));
		return schedules;
	};
	const scheduleOut = (schedule) => ({
		id: schedule.id,
		strategy: schedule.strategy,
		config: clone(schedule.config),
		nextExecution: nextExecution(schedule),
	});

	/** AudienceSummary: what create, update and references answer. */
	const summaryOut = (audience) => ({
		id: audience.id,
		spaceId: audience.spaceId,
		name: audience.name,
		description: audience.description || '',
		key: audience.key,
		enabled: audience.enabled,
		definition: definitionOut(audience),
		status: audience.status,
		createdBy: audience.createdBy,
		updatedBy: audience.updatedBy,
		createdAt: audience.createdAt,
		updatedAt: audience.updatedAt,
		audienceType: typeOf(audience),
		options: optionsOut(audience),
	});
	/** AudienceSummaryWithAudienceTypeAndLookback: what get and list answer. */
	const fullOut = (audience, withSchedules) => {
		const out = {
			...summaryOut(audience),
			computeCadence: { type: typeOf(audience) === 'LINKED' ? 'BATCH' : 'REALTIME' },
			size: sizeOf(audience.definition ? audience.definition.query : '', typeOf(audience)),
		};
		if (withSchedules) out.schedules = [...schedulesOf(audience).values()].map(scheduleOut);
		return out;
	};

	// Checks -----------------------------------------------------------------------------------

	const keyOf = (name) =>
		name
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '');

	/** Problems of `definition`; `targetEntity` only where allowed (create and preview of LINKED). */
	function definitionProblems(body, allowTargetEntity) {
		const problems = check(body, [['definition', 'object', true]]);
		if (!isObject(body.definition)) return problems;
		problems.push(
			...check(
				body.definition,
				[
					['query', 'id', true],
					['targetEntity', 'nullableString', false],
				],
				'definition.',
			),
		);
		if (body.definition.targetEntity !== undefined && !allowTargetEntity) {
			problems.push([
				'definition.targetEntity',
				'"definition.targetEntity" is only allowed on create, for Linked audiences (audienceType LINKED)',
			]);
		}
		return problems;
	}

	/** Problems of `options`; `includeHistoricalData` only where the input has it. */
	function optionsProblems(body, withHistoricalData) {
		const problems = check(body, [['options', 'object', false]]);
		if (!isObject(body.options)) return problems;
		const options = body.options;
		problems.push(
			...check(
				options,
				[
					['filterByExternalIds', 'array', false],
					['includeHistoricalData', 'boolean', false],
				],
				'options.',
			),
		);
		if (
			Array.isArray(options.filterByExternalIds) &&
			options.filterByExternalIds.some((id) => typeof id !== 'string' || id.trim() === '')
		) {
			problems.push([
				'options.filterByExternalIds',
				'"options.filterByExternalIds" must hold non-empty strings',
			]);
		}
		if (options.includeHistoricalData !== undefined && !withHistoricalData) {
			problems.push([
				'options.includeHistoricalData',
				'"options.includeHistoricalData" is not an option of a preview',
			]);
		}
		const days = options.backfillEventDataDays;
		if (days !== undefined && !(typeof days === 'number' && Number.isFinite(days) && days > 0)) {
			problems.push([
				'options.backfillEventDataDays',
				'"options.backfillEventDataDays" must be a number above 0',
			]);
		}
		return problems;
	}

	function storedOptions(options, previous = {}) {
		if (!isObject(options)) return previous;
		const out = { ...previous };
		if (options.filterByExternalIds !== undefined)
			out.filterByExternalIds = [...options.filterByExternalIds];
		if (options.includeHistoricalData !== undefined)
			out.includeHistoricalData = options.includeHistoricalData;
		if (options.backfillEventDataDays !== undefined)
			out.backfillEventDataDays = options.backfillEventDataDays;
		return out;
	}

	function checkBackfill(problems, options) {
		if (options.backfillEventDataDays !== undefined && options.includeHistoricalData !== true) {
			problems.push([
				'options.backfillEventDataDays',
				'"options.backfillEventDataDays" needs "options.includeHistoricalData" to be true',
			]);
		}
	}

	/** Why a query cannot compile (unbalanced quotes or parentheses), or undefined. */
	function queryProblem(query) {
		let depth = 0;
		let quote;
		for (const char of query) {
			if (quote) {
				if (char === quote) quote = undefined;
			} else if (char === '"' || char === "'") quote = char;
			else if (char === '(') depth += 1;
			else if (char === ')' && --depth < 0) return 'unexpected ")"';
		}
		if (quote) return 'unterminated string';
		if (depth > 0) return 'missing ")"';
		return undefined;
	}

	/** Reads search[type] / search[query]: both or neither; a filter, or undefined. */
	function searchFilter(query, textOf) {
		const type = queryValue(query, 'search[type]', 'search.type');
		const text = queryValue(query, 'search[query]', 'search.query');
		if (type === undefined && text === undefined) return undefined;
		if (type === undefined) throw invalidOne('search.type', '"search.type" is required');
		if (text === undefined) throw invalidOne('search.query', '"search.query" is required');
		if (!SEARCH_TYPES.includes(type))
			throw invalidOne('search.type', `"search.type" must be one of ${SEARCH_TYPES.join(', ')}`);
		if (text.length > MAX_SEARCH_LENGTH)
			throw invalidOne(
				'search.query',
				`"search.query" must be at most ${MAX_SEARCH_LENGTH} characters`,
			);
		const needle = text.toLowerCase();
		return (audience) => {
			const value = String(textOf(audience, type) || '').toLowerCase();
			return type === 'KEY' ? value.startsWith(needle) : value.includes(needle);
		};
	}
	const searchText = (audience, type) =>
		type === 'KEY'
			? audience.key
			: type === 'NAME'
				? audience.name
				: audience.definition && audience.definition.query;

	function includeSchedules(query) {
		const include = queryValue(query, 'include');
		if (include === undefined || include === '') return false;
		if (include !== 'schedules') throw invalidOne('include', '"include" supports only "schedules"');
		return true;
	}

	/** The query with pagination[count] checked against `max` and 200 when absent. */
	function cappedPagination(query, max) {
		const count = queryValue(query, 'pagination[count]', 'pagination.count');
		if (count !== undefined && /^\d+$/.test(count) && Number(count) > max) {
			throw invalidOne(
				'pagination.count',
				`"pagination.count" must be an integer between 1 and ${max}`,
			);
		}
		if (count !== undefined || queryValue(query, 'pagination[cursor]', 'pagination.cursor'))
			return query;
		const withDefault = new URLSearchParams(query);
		withDefault.set('pagination[count]', String(max));
		return withDefault;
	}

	const spaceAudiences = (spaceId) =>
		[...state.audiences.values()].filter((audience) => audience.spaceId === spaceId);

	function linkedOnly(audience, what) {
		if (typeOf(audience) !== 'LINKED') {
			throw invalidOne(
				'audienceType',
				`${what} is only available for Linked audiences (audienceType LINKED)`,
			);
		}
	}

	// Audiences --------------------------------------------------------------------------------

	route('GET', '/spaces/:spaceId/audiences', (ctx) => {
		const space = getSpace(ctx.params.spaceId);
		const query = cappedPagination(ctx.query, MAX_AUDIENCE_PAGE);
		const keep = searchFilter(query, searchText);
		const withSchedules = includeSchedules(query);
		const items = spaceAudiences(space.id).filter((audience) => !keep || keep(audience));
		return paginate(query, 'audiences', items, (audience) => fullOut(audience, withSchedules));
	});

	route('POST', '/spaces/:spaceId/audiences', (ctx) => {
		const space = getSpace(ctx.params.spaceId);
		const body = readBody(ctx);
		const problems = check(body, [
			['name', 'id', true],
			['audienceType', 'id', true],
			['enabled', 'boolean', false],
			['description', 'string', false],
		]);
		checkEnum(problems, body, 'audienceType', AUDIENCE_TYPES);
		problems.push(...definitionProblems(body, body.audienceType === 'LINKED'));
		problems.push(...optionsProblems(body, true));
		if (isObject(body.options)) checkBackfill(problems, body.options);
		assertValid(problems);
		const reason = queryProblem(body.definition.query);
		if (reason)
			throw invalidOne('definition.query', `"definition.query" does not compile: ${reason}`);
		const key = keyOf(body.name);
		if (spaceAudiences(space.id).some((audience) => audience.key === key))
			throw invalidOne('name', `An audience with the key "${key}" already exists in this space`);
		const enabled = body.enabled !== false;
		const definition = { query: body.definition.query };
		if (body.audienceType === 'LINKED')
			definition.targetEntity =
				typeof body.definition.targetEntity === 'string' ? body.definition.targetEntity : 'profile';
		const audience = {
			id: `aud_${randomId(27)}`,
			spaceId: space.id,
			name: body.name,
			key,
			description: body.description || '',
			enabled,
			audienceType: body.audienceType,
			definition,
			options: storedOptions(body.options),
			status: enabled ? 'Computing' : 'Disabled',
			createdBy: 'api-token@sandbox.invalid',
			updatedBy: 'api-token@sandbox.invalid',
			createdAt: nowIso(),
			updatedAt: nowIso(),
		};
		state.audiences.set(audience.id, audience);
		recordAudit('Audience Created', 'audience', audience, audience.name);
		return { audience: summaryOut(audience) };
	});

	// Previews, before /:audienceId so that "previews" is not read as an audience ID.
	route('POST', '/spaces/:spaceId/audiences/previews', (ctx) => {
		const space = getSpace(ctx.params.spaceId);
		const body = readBody(ctx);
		const problems = check(body, [['audienceType', 'id', true]]);
		checkEnum(problems, body, 'audienceType', AUDIENCE_TYPES);
		problems.push(...definitionProblems(body, body.audienceType === 'LINKED'));
		problems.push(...optionsProblems(body, false));
		assertValid(problems);
		const used = previewsBySpace.get(space.id) || 0;
		if (used >= PREVIEWS_PER_SPACE) {
			throw new ApiError(429, [
				{
					type: 'RequestError',
					message: `This space has used its ${PREVIEWS_PER_SPACE} audience previews of the month`,
				},
			]);
		}
		previewsBySpace.set(space.id, used + 1);
		const preview = {
			id: randomId(27),
			spaceId: space.id,
			audienceType: body.audienceType,
			definition: clone(body.definition),
			options: storedOptions(body.options),
			reads: 0,
		};
		state.audiencePreviews.set(preview.id, preview);
		recordAudit('Audience Preview Created', 'audience_preview', preview, preview.id);
		return { audiencePreview: { id: preview.id } };
	});

	route('GET', '/spaces/:spaceId/audiences/previews/:previewId', (ctx) => {
		const space = getSpace(ctx.params.spaceId);
		const preview = state.audiencePreviews.get(ctx.params.previewId);
		if (!preview || preview.spaceId !== space.id) throw notFound('Audience preview not found');
		preview.reads += 1;
		const options = optionsOut(preview);
		const out = {
			id: preview.id,
			audienceType: preview.audienceType,
			definition: clone(preview.definition),
			options,
			status: 'RUNNING',
		};
		if (preview.reads < 2) return { audiencePreview: out };
		const reason = queryProblem(preview.definition.query);
		if (reason) return { audiencePreview: { ...out, status: 'FAILED', failureReason: reason } };
		const size = sizeOf(preview.definition.query, preview.audienceType);
		const prefix = preview.audienceType === 'ACCOUNTS' ? 'acc_' : 'use_';
		const results = Array.from({ length: Math.min(size.count, MAX_PREVIEW_RESULTS) }, (_, n) => ({
			id: `${prefix}${hash32(`${preview.definition.query}#${n}`).toString(36)}`,
		}));
		return { audiencePreview: { ...out, status: 'COMPLETED', results, size } };
	});

	route('GET', '/spaces/:spaceId/audiences/:audienceId', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		return { audience: fullOut(audience, includeSchedules(ctx.query)) };
	});

	route('PATCH', '/spaces/:spaceId/audiences/:audienceId', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		const body = readBody(ctx);
		const problems = check(body, [
			['name', 'id', false],
			['enabled', 'boolean', false],
			['description', 'string', false],
		]);
		if (body.definition !== undefined) problems.push(...definitionProblems(body, false));
		problems.push(...optionsProblems(body, true));
		assertValid(problems);
		const options = storedOptions(body.options, audience.options);
		const later = [];
		if (isObject(body.options)) checkBackfill(later, options);
		assertValid(later);
		if (body.definition !== undefined) {
			const reason = queryProblem(body.definition.query);
			if (reason)
				throw invalidOne('definition.query', `"definition.query" does not compile: ${reason}`);
		}
		if (body.name !== undefined) audience.name = body.name;
		if (body.description !== undefined) audience.description = body.description;
		if (body.enabled !== undefined) {
			audience.enabled = body.enabled;
			audience.status = body.enabled ? 'Computing' : 'Disabled';
		}
		if (body.definition !== undefined) {
			const definition = { ...(audience.definition || {}), query: body.definition.query };
			audience.definition = definition;
		}
		audience.options = options;
		audience.updatedAt = nowIso();
		recordAudit('Audience Modified', 'audience', audience, audience.name);
		return { audience: summaryOut(audience) };
	});

	route('DELETE', '/spaces/:spaceId/audiences/:audienceId', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		state.audiences.delete(audience.id);
		state.audienceSchedules.delete(audience.id);
		recordAudit('Audience Deleted', 'audience', audience, audience.name);
		return { status: 'SUCCESS' };
	});

	// Runs and references ----------------------------------------------------------------------

	route('POST', '/spaces/:spaceId/audiences/:audienceId/runs', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		linkedOnly(audience, 'Forcing a run');
		if (!audience.enabled)
			throw invalidOne('enabled', 'The audience is disabled: enable it before forcing a run');
		const run = { id: randomId(27), audienceId: audience.id, startedAt: nowIso() };
		state.audienceRuns.push(run);
		recordAudit('Audience Run Forced', 'audience', audience, audience.name);
		return { run: { id: run.id } };
	});

	route(
		'GET',
		'/spaces/:spaceId/audiences/:audienceId/audience-references',
		(ctx) => {
			const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
			const keep = searchFilter(ctx.query, searchText);
			const field = queryValue(ctx.query, 'sort[field]', 'sort.field');
			const direction = queryValue(ctx.query, 'sort[direction]', 'sort.direction');
			if ((field === undefined) !== (direction === undefined))
				throw invalidOne('sort', '"sort" needs both "sort.field" and "sort.direction"');
			if (field !== undefined && !SORT_FIELDS.includes(field))
				throw invalidOne('sort.field', `"sort.field" must be one of ${SORT_FIELDS.join(', ')}`);
			if (direction !== undefined && !SORT_DIRECTIONS.includes(direction))
				throw invalidOne(
					'sort.direction',
					`"sort.direction" must be one of ${SORT_DIRECTIONS.join(', ')}`,
				);
			const mention = new RegExp(`audience\\(\\s*["']${audience.key}["']\\s*\\)`);
			const items = spaceAudiences(audience.spaceId).filter(
				(other) =>
					other.id !== audience.id &&
					other.definition &&
					mention.test(other.definition.query) &&
					(!keep || keep(other)),
			);
			if (field !== undefined) {
				const valueOf = (other) =>
					field === 'NAME'
						? other.name
						: field === 'CREATED_AT'
							? other.createdAt
							: other.updatedAt;
				items.sort((a, b) => String(valueOf(a)).localeCompare(String(valueOf(b))));
				if (direction === 'DESC') items.reverse();
			}
			return paginate(ctx.query, 'audiences', items, summaryOut);
		},
		{ alpha: true },
	);

	// Schedules (Linked audiences) -------------------------------------------------------------

	const zoneValid = (zone) => {
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: zone });
			return true;
		} catch {
			return false;
		}
	};

	const WEEKDAY = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

	/** The next run time (RFC 3339) of a schedule after the sandbox's clock. */
	function nextExecution(schedule) {
		const now = clock();
		if (schedule.strategy === 'PERIODIC') {
			const step = INTERVALS[schedule.config.interval] * 60000;
			const created = Date.parse(schedule.createdAt);
			const runs = Math.floor((now - created) / step) + 1;
			return new Date(created + runs * step).toISOString();
		}
		const { days, hours, timezone } = schedule.config;
		const format = new Intl.DateTimeFormat('en-US', {
			timeZone: timezone,
			weekday: 'short',
			hour: 'numeric',
			minute: 'numeric',
			hourCycle: 'h23',
		});
		const quarter = 15 * 60000;
		let time = Math.floor(now / quarter) * quarter + quarter;
		for (let step = 0; step < 8 * 24 * 4; step++, time += quarter) {
			const parts = Object.fromEntries(
				format.formatToParts(new Date(time)).map((part) => [part.type, part.value]),
			);
			if (
				Number(parts.minute) === 0 &&
				days.includes(WEEKDAY[parts.weekday]) &&
				hours.includes(Number(parts.hour))
			)
				return new Date(time).toISOString();
		}
		return undefined;
	}

	function scheduleInput(body) {
		const problems = check(body, [
			['strategy', 'id', true],
			['config', 'object', false],
		]);
		checkEnum(problems, body, 'strategy', STRATEGIES);
		assertValid(problems);
		const config = isObject(body.config) ? body.config : {};
		const numbers = (name, max) => {
			const value = config[name];
			if (!Array.isArray(value) || value.length === 0)
				problems.push([`config.${name}`, `"config.${name}" must be a non-empty array`]);
			else if (value.some((n) => !Number.isInteger(n) || n < 0 || n > max))
				problems.push([`config.${name}`, `"config.${name}" must hold whole numbers 0 to ${max}`]);
		};
		if (body.strategy === 'PERIODIC') {
			if (!Object.hasOwn(INTERVALS, config.interval))
				problems.push([
					'config.interval',
					`"config.interval" must be one of ${Object.keys(INTERVALS).join(', ')}`,
				]);
			assertValid(problems);
			return { strategy: body.strategy, config: { interval: config.interval } };
		}
		numbers('days', 6);
		numbers('hours', 23);
		if (typeof config.timezone !== 'string' || !zoneValid(config.timezone))
			problems.push(['config.timezone', '"config.timezone" must be a TZ database time zone']);
		assertValid(problems);
		return {
			strategy: body.strategy,
			config: {
				days: [...new Set(config.days)].sort((a, b) => a - b),
				hours: [...new Set(config.hours)].sort((a, b) => a - b),
				timezone: config.timezone,
			},
		};
	}

	function getSchedule(audience, id) {
		const schedule = schedulesOf(audience).get(id);
		if (!schedule) throw notFound('Audience schedule not found');
		return schedule;
	}

	route('POST', '/spaces/:spaceId/audiences/:audienceId/schedules', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		linkedOnly(audience, 'A run schedule');
		const input = scheduleInput(readBody(ctx));
		const schedule = { id: `sch_${randomId(22)}`, ...input, createdAt: nowIso() };
		schedulesOf(audience).set(schedule.id, schedule);
		recordAudit('Audience Schedule Created', 'audience', audience, audience.name);
		return { audienceSchedule: scheduleOut(schedule) };
	});

	route('GET', '/spaces/:spaceId/audiences/:audienceId/schedules', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		return { audienceSchedules: [...schedulesOf(audience).values()].map(scheduleOut) };
	});

	route('GET', '/spaces/:spaceId/audiences/:audienceId/schedules/:scheduleId', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		return { audienceSchedule: scheduleOut(getSchedule(audience, ctx.params.scheduleId)) };
	});

	route('PATCH', '/spaces/:spaceId/audiences/:audienceId/schedules/:scheduleId', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		const schedule = getSchedule(audience, ctx.params.scheduleId);
		Object.assign(schedule, scheduleInput(readBody(ctx)));
		recordAudit('Audience Schedule Modified', 'audience', audience, audience.name);
		return { audienceSchedule: scheduleOut(schedule) };
	});

	route('DELETE', '/spaces/:spaceId/audiences/:audienceId/schedules/:scheduleId', (ctx) => {
		const audience = getAudience(ctx.params.spaceId, ctx.params.audienceId);
		const schedule = getSchedule(audience, ctx.params.scheduleId);
		schedulesOf(audience).delete(schedule.id);
		recordAudit('Audience Schedule Deleted', 'audience', audience, audience.name);
		return { status: 'SUCCESS' };
	});
};
