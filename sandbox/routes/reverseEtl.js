'use strict';
// Reverse ETL (v1alpha): models, manual syncs and their statuses, and dbt model sync triggers (v1beta).
//
// The seed: two models on the Acme Backend source (loaded into both warehouses). Syncs of
// "High-value customers" succeed; syncs of "Churn risk scores" fail (its query reads a table that
// does not exist). A sync's status advances with each Get Sync Status of it, deterministically:
// IN_PROGRESS, IN_PROGRESS, then SUCCESS or FAIL from the third read on. Listing statuses does not
// advance them. Canceling a running sync makes its next read CANCELED; canceling an ended one
// answers 200 with Segment's errorCode (SyncFinishedCannotCancel, SyncAlreadyCanceled).

/** Reads of a sync's status that still find it running. */
const READS_IN_PROGRESS = 2;
const MAX_STATUS_PAGE = 100;
const DEFAULT_STATUS_PAGE = 10;

module.exports = function register(context) {
	const {
		route,
		state,
		randomId,
		nowIso,
		clock,
		paginate,
		readBody,
		check,
		assertValid,
		notFound,
		invalidOne,
		throwIt,
		clone,
		getSource,
		recordAudit,
	} = context;

	/** modelId -> model */
	const models = new Map();
	/** syncId -> { syncId, modelId, sourceId, subscriptionId, startedAtMs, reads, canceled, fails } */
	const syncs = new Map();
	const triggers = [];
	let syncSequence = 2000;
	state.reverseEtlModels = models;
	state.reverseEtlSyncs = syncs;
	state.dbtModelSyncTriggers = triggers;

	const backendId = state.sourceSlugs.get('acme_backend');
	if (backendId) {
		for (const model of [
			{
				id: 'mdl_sandboxHighValue0001',
				sourceId: backendId,
				name: 'High-value customers',
				description: 'Customers with a lifetime value over 1,000 USD, for the CRM',
				enabled: true,
				query:
					'SELECT user_id, email, lifetime_value FROM analytics.customers WHERE lifetime_value > 1000',
				queryIdentifierColumn: 'user_id',
			},
			{
				id: 'mdl_sandboxChurnScores002',
				sourceId: backendId,
				name: 'Churn risk scores',
				description:
					'Weekly churn scores from the data science team (the table is missing: syncs fail)',
				enabled: true,
				query: 'SELECT user_id, churn_score FROM ds.churn_scores',
				queryIdentifierColumn: 'user_id',
			},
		]) {
			models.set(model.id, model);
		}
		// Two past syncs of the first model's mapping 1, newest first when listed.
		const day = 86400000;
		for (const [n, daysAgo] of [
			[1, 2],
			[2, 1],
		]) {
			const syncId = String(1000 + n);
			syncs.set(syncId, {
				syncId,
				modelId: 'mdl_sandboxHighValue0001',
				sourceId: backendId,
				subscriptionId: '1',
				startedAtMs: clock() - daysAgo * day,
				reads: READS_IN_PROGRESS + 1,
				canceled: false,
				fails: false,
			});
		}
	}

	const getModel = (id) => models.get(id) || throwIt(notFound('Model not found'));
	const getSync = (modelId, syncId) => {
		getModel(modelId);
		const sync = syncs.get(syncId);
		if (!sync || sync.modelId !== modelId) throw notFound('Sync not found');
		return sync;
	};

	/** The status a sync has after `sync.reads` reads. */
	function statusOf(sync) {
		if (sync.canceled) return 'CANCELED';
		if (sync.reads <= READS_IN_PROGRESS) return 'IN_PROGRESS';
		return sync.fails ? 'FAIL' : 'SUCCESS';
	}

	const iso = (ms) => new Date(ms).toISOString();

	function statusOut(sync) {
		const status = statusOf(sync);
		const out = {
			syncId: sync.syncId,
			modelId: sync.modelId,
			sourceId: sync.sourceId,
			syncStatus: status,
			duration: `${Math.max(0, Math.round((clock() - sync.startedAtMs) / 1000))}s`,
			startedAt: iso(sync.startedAtMs),
		};
		if (status === 'IN_PROGRESS') return out;
		const finished = sync.startedAtMs + 42000;
		out.duration = '42s';
		out.finishedAt = iso(finished);
		const extractPhase = {
			addedCount: sync.fails ? '0' : '12',
			updatedCount: sync.fails ? '0' : '3',
			deletedCount: '0',
			extractCount: sync.fails ? '0' : '15',
			errorCode: sync.fails ? 'QUERY_FAILED' : '',
			startedAt: iso(sync.startedAtMs),
			finishedAt: iso(sync.startedAtMs + 20000),
		};
		if (status === 'CANCELED') return out;
		if (sync.fails) {
			return {
				...out,
				extractPhase,
				error: "SQL compilation error: Object 'DS.CHURN_SCORES' does not exist or not authorized",
				errorCode: 'QUERY_FAILED',
			};
		}
		return {
			...out,
			extractPhase,
			loadPhase: {
				deliverSuccessCount: '15',
				deliverFailureCount: '0',
				errorCode: '',
				startedAt: iso(sync.startedAtMs + 20000),
				finishedAt: iso(finished),
			},
		};
	}

	const MODEL_FIELDS = [
		['name', 'id'],
		['description', 'string'],
		['enabled', 'boolean'],
		['query', 'id'],
		['queryIdentifierColumn', 'id'],
	];
	const pickModel = (body) => {
		const out = {};
		for (const [name] of MODEL_FIELDS) if (body[name] !== undefined) out[name] = clone(body[name]);
		return out;
	};

	// Models --------------------------------------------------------------------------------------
	route(
		'GET',
		'/reverse-etl-models',
		(ctx) => {
			// Pagination is optional here; without it Segment answers the first page.
			const query = new URLSearchParams(ctx.query);
			if (!query.has('pagination[count]') && !query.has('pagination.count'))
				query.set('pagination[count]', String(DEFAULT_STATUS_PAGE));
			return paginate(query, 'models', [...models.values()], clone);
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/reverse-etl-models/:modelId',
		(ctx) => ({ reverseEtlModel: clone(getModel(ctx.params.modelId)) }),
		{ alpha: true },
	);
	route(
		'POST',
		'/reverse-etl-models',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(
				check(body, [
					['sourceId', 'id', true],
					...MODEL_FIELDS.map(([name, type]) => [name, type, true]),
				]),
			);
			const source = getSource(body.sourceId);
			const model = {
				id: randomId(),
				sourceId: source.id,
				...pickModel(body),
			};
			models.set(model.id, model);
			recordAudit('Model Created', 'model', model, model.name);
			return { reverseEtlModel: clone(model) };
		},
		{ alpha: true, status: 201 },
	);
	route(
		'PATCH',
		'/reverse-etl-models/:modelId',
		(ctx) => {
			const model = getModel(ctx.params.modelId);
			const body = readBody(ctx);
			assertValid(
				check(
					body,
					MODEL_FIELDS.map(([name, type]) => [name, type, false]),
				),
			);
			Object.assign(model, pickModel(body));
			recordAudit('Model Settings Saved', 'model', model, model.name);
			return { reverseEtlModel: clone(model) };
		},
		{ alpha: true },
	);
	route(
		'DELETE',
		'/reverse-etl-models/:modelId',
		(ctx) => {
			const model = getModel(ctx.params.modelId);
			models.delete(model.id);
			for (const sync of [...syncs.values()])
				if (sync.modelId === model.id) syncs.delete(sync.syncId);
			recordAudit('Model Deleted', 'model', model, model.name);
			return { status: 'SUCCESS' };
		},
		{ alpha: true },
	);

	// Syncs ---------------------------------------------------------------------------------------
	route(
		'POST',
		'/reverse-etl-syncs',
		(ctx) => {
			const body = readBody(ctx);
			assertValid(
				check(body, [
					['sourceId', 'id', true],
					['modelId', 'id', true],
					['subscriptionId', 'id', true],
				]),
			);
			const model = getModel(body.modelId);
			if (model.sourceId !== body.sourceId)
				throw invalidOne(
					'sourceId',
					`The model ${model.id} does not belong to the source ${body.sourceId}`,
				);
			if (!model.enabled)
				throw invalidOne('modelId', `The model ${model.id} is disabled: enable it to sync`);
			syncSequence += 1;
			const sync = {
				syncId: String(syncSequence),
				modelId: model.id,
				sourceId: model.sourceId,
				subscriptionId: body.subscriptionId,
				startedAtMs: clock(),
				reads: 0,
				canceled: false,
				fails: model.id === 'mdl_sandboxChurnScores002',
			};
			syncs.set(sync.syncId, sync);
			return { reverseETLManualSync: { startedAt: iso(sync.startedAtMs), syncId: sync.syncId } };
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/reverse-etl-models/:modelId/syncs/:syncId',
		(ctx) => {
			const sync = getSync(ctx.params.modelId, ctx.params.syncId);
			sync.reads += 1;
			return { reverseETLSyncStatus: statusOut(sync) };
		},
		{ alpha: true },
	);
	route(
		'POST',
		'/reverse-etl-models/:modelId/syncs/:syncId/cancel',
		(ctx) => {
			const sync = getSync(ctx.params.modelId, ctx.params.syncId);
			const body = readBody(ctx);
			const reason = body.reasonForCanceling;
			if (reason !== undefined && !(Number.isInteger(reason) && reason >= 0 && reason <= 4))
				throw invalidOne(
					'reasonForCanceling',
					'"reasonForCanceling" must be an integer from 0 to 4',
				);
			const base = { modelId: sync.modelId, syncId: sync.syncId };
			if (sync.canceled)
				return { ...base, errorCode: 'SyncAlreadyCanceled', errorMessage: 'sync already canceled' };
			if (statusOf(sync) !== 'IN_PROGRESS')
				return {
					...base,
					errorCode: 'SyncFinishedCannotCancel',
					errorMessage: 'sync already finished',
				};
			sync.canceled = true;
			return { ...base, status: 'CANCELLING' };
		},
		{ alpha: true },
	);
	route(
		'GET',
		'/reverse-etl-models/:modelId/subscriptionId/:subscriptionId/syncs',
		(ctx) => {
			const model = getModel(ctx.params.modelId);
			const rawCount = ctx.query.get('count');
			const count = rawCount === null ? DEFAULT_STATUS_PAGE : Number(rawCount);
			if (!Number.isInteger(count) || count < 1 || count > MAX_STATUS_PAGE)
				throw invalidOne('count', `"count" must be an integer between 1 and ${MAX_STATUS_PAGE}`);
			const cursor = ctx.query.get('cursor');
			let offset = 0;
			if (cursor) {
				const text = Buffer.from(cursor, 'base64').toString('utf8');
				if (!/^\d+$/.test(text)) throw invalidOne('cursor', '"cursor" is not a valid cursor');
				offset = Number(text);
			}
			const matching = [...syncs.values()]
				.filter(
					(sync) => sync.modelId === model.id && sync.subscriptionId === ctx.params.subscriptionId,
				)
				.sort((a, b) => b.startedAtMs - a.startedAtMs || Number(b.syncId) - Number(a.syncId));
			const end = offset + count;
			const encode = (n) => Buffer.from(String(n)).toString('base64');
			return {
				syncStatuses: matching.slice(offset, end).map(statusOut),
				pagination: {
					current: encode(offset),
					next: end < matching.length ? encode(end) : null,
					previous: offset > 0 ? encode(Math.max(0, offset - count)) : null,
					totalEntries: matching.length,
				},
			};
		},
		{ alpha: true },
	);

	// dbt (v1beta) --------------------------------------------------------------------------------
	route('POST', '/dbt-model-syncs/trigger', (ctx) => {
		const body = readBody(ctx);
		assertValid(check(body, [['sourceId', 'id', true]]));
		const source = getSource(body.sourceId);
		const trigger = {
			id: `dbt_sync_${String(triggers.length + 1).padStart(4, '0')}`,
			sourceId: source.id,
			status: 'PENDING',
			createdAt: nowIso(),
		};
		triggers.push(trigger);
		return {
			dbtModelSyncTrigger: { id: trigger.id, sourceId: trigger.sourceId, status: trigger.status },
		};
	});
};
