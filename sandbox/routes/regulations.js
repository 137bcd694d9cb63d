'use strict';
// Deletion and suppression: regulations and the suppression list. Dev-only.

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
		queryArray,
		notFound,
		throwIt,
		getSource,
		recordAudit,
		chargeRegulationQuota,
	} = context;
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
		chargeRegulationQuota(ctx, category);

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
};
