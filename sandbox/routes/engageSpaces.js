'use strict';
// Engage spaces (alpha): the spaces themselves, their messaging subscriptions, computed traits
// (alpha) and space filters (beta; listed by a numeric offset, at most 10 per page). Dev-only.

const CHANNELS = ['ANDROID_PUSH', 'EMAIL', 'IOS_PUSH', 'SMS', 'WHATSAPP'];
const STATUSES = ['DID_NOT_SUBSCRIBE', 'SUBSCRIBED', 'UNSUBSCRIBED'];
const TRAIT_TYPES = ['ACCOUNTS', 'USERS'];
/** The largest page of space filters Segment sends. */
const FILTER_PAGE_SIZE = 10;
const ACTOR = 'api-token@sandbox.invalid';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+[1-9]\d{6,14}$/;

/** Why a subscription key cannot be one of `type`'s, or undefined when it can. */
function keyProblem(type, key) {
	if (type === 'EMAIL' && !EMAIL.test(key)) return 'Invalid email address';
	if ((type === 'SMS' || type === 'WHATSAPP') && !PHONE.test(key))
		return 'Invalid phone number: use E.164 format, e.g. +14155550100';
	return undefined;
}

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
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
		clone,
		isObject,
		getSpace,
		recordAudit,
	} = context;

	// Spaces ----------------------------------------------------------------------------------------
	const spaceOut = (space) => ({ id: space.id, slug: space.slug, name: space.name });
	route(
		'GET',
		'/spaces',
		(ctx) => paginate(ctx.query, 'spaces', [...state.spaces.values()], spaceOut),
		{
			alpha: true,
		},
	);
	route('GET', '/spaces/:spaceId', (ctx) => ({ space: spaceOut(getSpace(ctx.params.spaceId)) }), {
		alpha: true,
	});

	// Messaging subscriptions: one status per space, channel and key, with per-group statuses.
	state.messagingSubscriptions = new Map();
	// Seeded with a fixed ID: register() must not draw from the ID generator, so the IDs other
	// route groups seed stay the same.
	const groupIds = new Map([['spa_sandboxProduction01 Newsletter', 'grp_sandboxNewsletter01']]);
	const subscriptionKey = (spaceId, type, key) => `${spaceId} ${type} ${key}`;
	const groupId = (spaceId, name) => {
		const id = `${spaceId} ${name}`;
		if (!groupIds.has(id)) groupIds.set(id, `grp_${randomId(20)}`);
		return groupIds.get(id);
	};
	state.messagingSubscriptions.set(
		subscriptionKey('spa_sandboxProduction01', 'EMAIL', 'ada@example.com'),
		{
			key: 'ada@example.com',
			type: 'EMAIL',
			status: 'SUBSCRIBED',
			groups: [
				{
					id: groupId('spa_sandboxProduction01', 'Newsletter'),
					name: 'Newsletter',
					status: 'SUBSCRIBED',
					updatedAt: nowIso(),
				},
			],
			updatedAt: nowIso(),
		},
	);

	/** Checks `subscriptions` of a body: a non-empty array of objects with a key and a channel. */
	function readSubscriptions(ctx, withStatus) {
		const body = readBody(ctx);
		assertValid(check(body, [['subscriptions', 'array', true]]));
		if (body.subscriptions.length === 0)
			throw invalidOne('subscriptions', '"subscriptions" must contain at least 1 item');
		const problems = [];
		body.subscriptions.forEach((entry, index) => {
			const prefix = `subscriptions[${index}].`;
			if (!isObject(entry)) {
				problems.push([`subscriptions[${index}]`, `"subscriptions[${index}]" must be an object`]);
				return;
			}
			problems.push(
				...check(
					entry,
					[
						['key', 'id', true],
						['type', 'id', true],
						...(withStatus
							? [
									['status', 'string', false],
									['groups', 'array', false],
								]
							: []),
					],
					prefix,
				),
			);
			if (!withStatus) return;
			checkEnum(problems, entry, 'type', CHANNELS, prefix);
			checkEnum(problems, entry, 'status', STATUSES, prefix);
			(Array.isArray(entry.groups) ? entry.groups : []).forEach((group, groupIndex) => {
				const groupPrefix = `${prefix}groups[${groupIndex}].`;
				if (!isObject(group)) {
					problems.push([
						groupPrefix.slice(0, -1),
						`"${groupPrefix.slice(0, -1)}" must be an object`,
					]);
					return;
				}
				problems.push(
					...check(
						group,
						[
							['name', 'id', true],
							['status', 'id', true],
						],
						groupPrefix,
					),
				);
				checkEnum(problems, group, 'status', STATUSES, groupPrefix);
			});
		});
		assertValid(problems);
		return body.subscriptions;
	}

	route(
		'PUT',
		'/spaces/:spaceId/messaging-subscriptions',
		(ctx) => {
			const space = getSpace(ctx.params.spaceId);
			const successes = [];
			const failures = [];
			for (const entry of readSubscriptions(ctx, true)) {
				const problem = keyProblem(entry.type, entry.key);
				if (problem) {
					failures.push({
						key: entry.key,
						type: entry.type,
						errors: [{ code: 'INVALID_KEY', message: problem }],
					});
					continue;
				}
				const id = subscriptionKey(space.id, entry.type, entry.key);
				const now = nowIso();
				const current = state.messagingSubscriptions.get(id) || {
					key: entry.key,
					type: entry.type,
					status: 'DID_NOT_SUBSCRIBE',
					groups: [],
				};
				if (entry.status !== undefined) current.status = entry.status;
				for (const group of entry.groups || []) {
					const existing = current.groups.find((item) => item.name === group.name);
					if (existing) Object.assign(existing, { status: group.status, updatedAt: now });
					else
						current.groups.push({
							id: groupId(space.id, group.name),
							name: group.name,
							status: group.status,
							updatedAt: now,
						});
				}
				current.updatedAt = now;
				state.messagingSubscriptions.set(id, current);
				successes.push({
					key: current.key,
					type: current.type,
					status: current.status,
					groups: current.groups.map(({ id: gid, name, status }) => ({ id: gid, name, status })),
				});
			}
			return { successes, failures };
		},
		{ alpha: true },
	);

	route(
		'POST',
		'/spaces/:spaceId/messaging-subscriptions/batch',
		(ctx) => {
			const space = getSpace(ctx.params.spaceId);
			const successes = [];
			const failures = [];
			for (const entry of readSubscriptions(ctx, false)) {
				const problem = CHANNELS.includes(entry.type)
					? keyProblem(entry.type, entry.key)
					: `Invalid type: ${entry.type}`;
				if (problem) {
					failures.push({
						key: entry.key,
						type: entry.type,
						errors: [{ code: 'VALIDATION_ERROR', message: problem }],
					});
					continue;
				}
				const found = state.messagingSubscriptions.get(
					subscriptionKey(space.id, entry.type, entry.key),
				);
				// A key Segment has no status for comes back without one.
				successes.push(found ? clone(found) : { key: entry.key, type: entry.type });
			}
			return { successes, failures, errors: [] };
		},
		{ alpha: true },
	);

	// Computed traits (alpha) -------------------------------------------------------------------------
	const traitKey = (name) =>
		String(name)
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '');
	state.computedTraits = new Map(
		[
			[
				'ais_sandboxOrderCount01',
				'Orders Last 30 Days',
				"event('Order Completed').within(30 days).count()",
				'USERS',
			],
			['ais_sandboxAccountPlan02', 'Account Plan', "trait('plan').last()", 'ACCOUNTS'],
		].map(([id, name, query, type]) => [
			id,
			{
				id,
				spaceId: 'spa_sandboxProduction01',
				name,
				description: '',
				key: traitKey(name),
				enabled: true,
				definition: { query, type },
				status: 'Live',
				createdBy: ACTOR,
				updatedBy: ACTOR,
				createdAt: nowIso(),
				updatedAt: nowIso(),
				options: { includeHistoricalData: true, includeAnonymousUsers: false },
			},
		]),
	);
	const getTrait = (spaceId, id) => {
		const trait = state.computedTraits.get(id);
		if (!trait || trait.spaceId !== getSpace(spaceId).id)
			throw notFound('Computed trait not found');
		return trait;
	};

	/** Problems of a definition {type, query}; both are needed whenever one is sent. */
	function definitionProblems(body, required) {
		const problems = check(body, [['definition', 'object', required]]);
		if (isObject(body.definition)) {
			problems.push(
				...check(
					body.definition,
					[
						['type', 'id', true],
						['query', 'id', true],
					],
					'definition.',
				),
			);
			checkEnum(problems, body.definition, 'type', TRAIT_TYPES, 'definition.');
		}
		return problems;
	}

	function optionsProblems(body) {
		const problems = check(body, [['options', 'object', false]]);
		if (isObject(body.options)) {
			problems.push(
				...check(
					body.options,
					[
						['includeHistoricalData', 'boolean', false],
						['includeAnonymousUsers', 'boolean', false],
					],
					'options.',
				),
			);
			const days = body.options.backfillDurationDays;
			if (days !== undefined && (typeof days !== 'number' || !(days >= 0)))
				problems.push([
					'options.backfillDurationDays',
					'"options.backfillDurationDays" must be a number of 0 or more',
				]);
		}
		return problems;
	}

	route(
		'GET',
		'/spaces/:spaceId/computed-traits',
		(ctx) => {
			const space = getSpace(ctx.params.spaceId);
			const traits = [...state.computedTraits.values()].filter(
				(trait) => trait.spaceId === space.id,
			);
			return paginate(ctx.query, 'computedTraits', traits, clone);
		},
		{ alpha: true },
	);
	route(
		'POST',
		'/spaces/:spaceId/computed-traits',
		(ctx) => {
			const space = getSpace(ctx.params.spaceId);
			const body = readBody(ctx);
			const problems = check(body, [
				['name', 'id', true],
				['enabled', 'boolean', false],
				['description', 'string', false],
			]);
			problems.push(...definitionProblems(body, true), ...optionsProblems(body));
			assertValid(problems);
			const key = traitKey(body.name);
			for (const trait of state.computedTraits.values()) {
				if (trait.spaceId === space.id && trait.key === key)
					throw invalidOne(
						'name',
						`A computed trait with the key "${key}" already exists in this space`,
					);
			}
			const now = nowIso();
			const enabled = body.enabled !== false;
			const trait = {
				id: `ais_${randomId(27)}`,
				spaceId: space.id,
				name: body.name,
				description: body.description || '',
				key,
				enabled,
				definition: { query: body.definition.query, type: body.definition.type },
				status: enabled ? 'Computing' : 'Disabled',
				createdBy: ACTOR,
				updatedBy: ACTOR,
				createdAt: now,
				updatedAt: now,
				options: {
					includeHistoricalData: false,
					includeAnonymousUsers: false,
					...(body.options || {}),
				},
			};
			state.computedTraits.set(trait.id, trait);
			recordAudit('Computed Trait Created', 'computedTrait', trait, trait.name);
			return { computedTrait: clone(trait) };
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/spaces/:spaceId/computed-traits/:id',
		(ctx) => ({ computedTrait: clone(getTrait(ctx.params.spaceId, ctx.params.id)) }),
		{ alpha: true },
	);
	route(
		'PATCH',
		'/spaces/:spaceId/computed-traits/:id',
		(ctx) => {
			const trait = getTrait(ctx.params.spaceId, ctx.params.id);
			const body = readBody(ctx);
			const problems = check(body, [
				['name', 'id', false],
				['enabled', 'boolean', false],
				['description', 'string', false],
			]);
			problems.push(...definitionProblems(body, false));
			assertValid(problems);
			if (body.name !== undefined) trait.name = body.name;
			if (body.description !== undefined) trait.description = body.description;
			if (body.enabled !== undefined) {
				trait.enabled = body.enabled;
				trait.status = body.enabled ? 'Computing' : 'Disabled';
			}
			if (body.definition !== undefined) {
				trait.definition = { query: body.definition.query, type: body.definition.type };
				if (trait.enabled) trait.status = 'Computing';
			}
			trait.updatedBy = ACTOR;
			trait.updatedAt = nowIso();
			recordAudit('Computed Trait Modified', 'computedTrait', trait, trait.name);
			return { computedTrait: clone(trait) };
		},
		{ alpha: true },
	);
	route(
		'DELETE',
		'/spaces/:spaceId/computed-traits/:id',
		(ctx) => {
			const trait = getTrait(ctx.params.spaceId, ctx.params.id);
			state.computedTraits.delete(trait.id);
			recordAudit('Computed Trait Deleted', 'computedTrait', trait, trait.name);
			return { status: 'SUCCESS' };
		},
		{ alpha: true },
	);

	// Space filters (beta) ------------------------------------------------------------------------------
	// 23 in the production space (three pages of at most 10) and one in staging.
	state.spaceFilters = new Map();
	const seedFilter = (spaceId, n, name, condition) => {
		const tag = spaceId === 'spa_sandboxProduction01' ? 'Prod' : 'Stag';
		const id = `sfl_sandbox${tag}${String(n).padStart(2, '0')}`;
		state.spaceFilters.set(id, {
			id,
			workspaceId,
			integrationId: spaceId,
			enabled: n % 5 !== 0,
			name,
			description: '',
			if: condition,
			drop: true,
			createdAt: nowIso(),
			updatedAt: nowIso(),
		});
	};
	for (let n = 1; n <= 23; n++) {
		seedFilter('spa_sandboxProduction01', n, `Drop test event ${n}`, `event = 'Test Event ${n}'`);
	}
	seedFilter('spa_sandboxStaging0002', 1, 'Drop internal traffic', "context.ip = '10.0.0.1'");

	const getFilter = (id) => state.spaceFilters.get(id) || throwNotFound('Filter not found');
	function throwNotFound(message) {
		throw notFound(message);
	}

	/** `pagination[count]` (1 to 10, default 10) and `pagination[cursor]`, the offset as a number. */
	function readFilterPagination(query) {
		const count = queryValue(query, 'pagination[count]', 'pagination.count');
		const cursor = queryValue(query, 'pagination[cursor]', 'pagination.cursor');
		if (
			count !== undefined &&
			(!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > FILTER_PAGE_SIZE)
		) {
			throw invalidOne(
				'pagination.count',
				`"pagination.count" must be a number between 1 and ${FILTER_PAGE_SIZE}`,
			);
		}
		if (cursor !== undefined && !/^\d+$/.test(cursor)) {
			throw invalidOne('pagination.cursor', '"pagination.cursor" must be a number (the offset)');
		}
		return {
			count: count === undefined ? FILTER_PAGE_SIZE : Number(count),
			offset: cursor === undefined ? 0 : Number(cursor),
		};
	}

	// Space filters are beta: v1beta or v1alpha, never v1.
	const betaRoute = (method, pattern, handler) => route(method, pattern, handler, { beta: true });
	betaRoute('GET', '/filters', (ctx) => {
		const integrationId = queryValue(ctx.query, 'integrationId');
		if (!integrationId) throw invalidOne('integrationId', '"integrationId" is required');
		const space = getSpace(integrationId);
		const { count, offset } = readFilterPagination(ctx.query);
		const filters = [...state.spaceFilters.values()].filter(
			(filter) => filter.integrationId === space.id,
		);
		const end = offset + count;
		return {
			filters: filters.slice(offset, end).map(clone),
			pagination: {
				current: offset,
				...(end < filters.length ? { next: end } : {}),
				totalEntries: filters.length,
			},
		};
	});

	function filterProblems(body, creating) {
		return check(body, [
			['integrationId', 'id', true],
			['name', 'id', creating],
			['if', 'id', creating],
			['description', 'string', false],
			['enabled', 'boolean', false],
			['drop', 'boolean', false],
		]);
	}

	betaRoute('POST', '/filters', (ctx) => {
		const body = readBody(ctx);
		assertValid(filterProblems(body, true));
		const space = getSpace(body.integrationId);
		const now = nowIso();
		const filter = {
			id: randomId(27),
			workspaceId,
			integrationId: space.id,
			enabled: body.enabled !== false,
			name: body.name,
			description: body.description || '',
			if: body.if,
			drop: body.drop === true,
			createdAt: now,
			updatedAt: now,
		};
		state.spaceFilters.set(filter.id, filter);
		recordAudit('Filter Created', 'filter', filter, filter.name);
		return { filter: clone(filter) };
	});
	betaRoute('GET', '/filters/:filterId', (ctx) => ({
		filter: clone(getFilter(ctx.params.filterId)),
	}));
	betaRoute('PATCH', '/filters/:filterId', (ctx) => {
		const filter = getFilter(ctx.params.filterId);
		const body = readBody(ctx);
		assertValid(filterProblems(body, false));
		if (body.integrationId !== filter.integrationId) {
			throw invalidOne(
				'integrationId',
				`"integrationId" must be the space of the filter ("${filter.integrationId}")`,
			);
		}
		for (const name of ['name', 'description', 'if', 'enabled', 'drop']) {
			if (body[name] !== undefined) filter[name] = body[name];
		}
		filter.updatedAt = nowIso();
		recordAudit('Filter Updated', 'filter', filter, filter.name);
		return { filter: clone(filter) };
	});
	betaRoute('DELETE', '/filters/:filterId', (ctx) => {
		const filter = getFilter(ctx.params.filterId);
		state.spaceFilters.delete(filter.id);
		recordAudit('Filter Deleted', 'filter', filter, filter.name);
		return { deleted: true };
	});
};
