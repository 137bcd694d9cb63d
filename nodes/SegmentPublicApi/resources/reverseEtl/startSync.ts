import {
	NodeApiError,
	NodeOperationError,
	sleep,
	updateDisplayOptions,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { withWriteLog } from '../../shared/partialWrites';
import { customRouting, resolveId } from '../../shared/routing';
import type { RequestPolicy } from '../../shared/transport';
import { retlSubscriptionIdField, SUBSCRIPTION_ID_HINT } from './fields';
import { fetchSyncStatus, plainId, request } from './syncs';

/** Statuses of a sync that has ended; any other status (IN_PROGRESS, CANCELLING, …) is still running. */
export const SUCCEEDED_STATUSES = ['SUCCESS', 'PARTIAL_SUCCESS'];
export const FAILED_STATUSES = ['FAIL', 'FAILED', 'ERROR', 'CANCELED', 'CANCELLED'];
const TERMINAL_STATUSES = new Set([...SUCCEEDED_STATUSES, ...FAILED_STATUSES]);

/** The longest pause between two status checks; the interval grows ×1.5 up to it. */
export const MAX_POLL_INTERVAL_MS = 5 * 60 * 1000;
const BACKOFF_FACTOR = 1.5;

function statusOf(this: IExecutePaginationFunctions, record: IDataObject, syncId: string): string {
	const status = record.syncStatus;
	if (typeof status !== 'string' || status.trim() === '') {
		throw new NodeOperationError(
			this.getNode(),
			`Segment's status of sync ${syncId} has no "syncStatus"`,
			{ description: 'Without it the node cannot tell whether the sync has finished.' },
		);
	}
	return status.trim().toUpperCase();
}

interface WaitSettings {
	timeoutMs: number;
	intervalMs: number;
	failIfSyncFails: boolean;
}

/** A number of seconds greater than 0, or an error naming the field. */
function checkedSeconds(this: IExecutePaginationFunctions, name: string, label: string): number {
	const raw = this.getNodeParameter(name, 0) as unknown;
	const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
		throw new NodeOperationError(
			this.getNode(),
			`The field "${label}" must be a number of seconds greater than 0`,
			{ description: `Got ${JSON.stringify(raw) ?? String(raw)}.` },
		);
	}
	return value * 1000;
}

function waitSettingsOf(this: IExecutePaginationFunctions): WaitSettings {
	return {
		timeoutMs: checkedSeconds.call(this, 'timeout', 'Timeout (Seconds)'),
		intervalMs: checkedSeconds.call(this, 'pollInterval', 'Poll Interval (Seconds)'),
		failIfSyncFails: this.getNodeParameter('failIfSyncFails', true) === true,
	};
}

/** Waits `ms`; fails when the execution is stopped meanwhile, saying the sync keeps running. */
async function pause(this: IExecutePaginationFunctions, ms: number, syncId: string) {
	const signal = this.getExecutionCancelSignal?.();
	const stopped = () =>
		new NodeOperationError(this.getNode(), `Stopped waiting for sync ${syncId}`, {
			description:
				'The execution was stopped. The sync keeps running in Segment; check it with "Get Sync Status".',
		});
	if (signal?.aborted) throw stopped();
	if (!signal) return await sleep(ms);
	let onAbort = () => {};
	const aborted = new Promise<boolean>((resolve) => {
		onAbort = () => resolve(true);
		signal.addEventListener('abort', onAbort, { once: true });
	});
	const wasAborted = await Promise.race([sleep(ms).then(() => false), aborted]);
	signal.removeEventListener('abort', onAbort);
	if (wasAborted) throw stopped();
}

/** Whether a status check answered 404: right after the start, Segment may not list the sync yet. */
function isNotFound(error: NodeApiError | NodeOperationError): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
}

/**
 * Checks the sync's status until it ends or the timeout passes: first after one interval, then
 * after intervals growing ×1.5 up to 5 minutes. The last check happens at the timeout at the latest.
 * Until a first status is read, a 404 is waited out within the timeout: the status of a sync just
 * started may not be readable yet.
 */
async function waitForSync(
	this: IExecutePaginationFunctions,
	policy: RequestPolicy,
	modelId: string,
	syncId: string,
	settings: WaitSettings,
): Promise<IDataObject> {
	const deadline = Date.now() + settings.timeoutMs;
	const longest = Math.max(MAX_POLL_INTERVAL_MS, settings.intervalMs);
	let interval = settings.intervalMs;
	let readable = false;
	for (; ; interval = Math.min(interval * BACKOFF_FACTOR, longest)) {
		await pause.call(this, Math.min(interval, Math.max(0, deadline - Date.now())), syncId);
		let record: IDataObject;
		try {
			record = await fetchSyncStatus.call(this, policy, modelId, syncId);
		} catch (caught) {
			const error =
				caught instanceof NodeApiError || caught instanceof NodeOperationError
					? caught
					: new NodeOperationError(this.getNode(), caught as Error);
			if (readable || !isNotFound(error)) throw error;
			if (Date.now() < deadline) continue;
			error.description =
				`Segment answered 404 to every status check of sync ${syncId} for ${settings.timeoutMs / 1000} seconds after it started. ${error.description ?? ''}`.trim();
			throw error;
		}
		readable = true;
		const status = statusOf.call(this, record, syncId);
		if (TERMINAL_STATUSES.has(status)) return record;
		if (Date.now() >= deadline) {
			throw new NodeOperationError(
				this.getNode(),
				`Sync ${syncId} did not finish within ${settings.timeoutMs / 1000} seconds (last status: ${status})`,
				{
					description: `The sync keeps running in Segment: the node only stopped waiting. Check it later with "Get Sync Status" (model ${modelId}, sync ${syncId}), or raise "Timeout (Seconds)".`,
				},
			);
		}
	}
}

/** Fails with Fail If Sync Fails on when the sync ended as failed or canceled. */
function checkSyncSucceeded(
	this: IExecutePaginationFunctions,
	record: IDataObject,
	modelId: string,
	syncId: string,
): void {
	const status = statusOf.call(this, record, syncId);
	if (!FAILED_STATUSES.includes(status)) return;
	const reason = [record.error, record.errorCode && `error code ${String(record.errorCode)}`]
		.filter(Boolean)
		.join('; ');
	throw new NodeOperationError(
		this.getNode(),
		`Sync ${syncId} of model ${modelId} ended with status ${status}${reason ? `: ${reason}` : ''}`,
		{
			description:
				'Turn off "Fail If Sync Fails" to get the final status as an item instead, e.g. to branch on it.',
		},
	);
}

/** What to do when Start Sync failed after the sync started, or may have. */
function startSyncHint(
	syncId: string | undefined,
	modelId: string,
	subscriptionId: string,
): string {
	const noKey =
		'Segment has no idempotency key for Start Sync: each start is a new sync of the mapping.';
	return syncId
		? `The sync keeps running in Segment: do not start another one for it. Check it with "Get Sync Status" (model ${modelId}, sync ${syncId}). ${noKey}`
		: `The sync may have started: check the latest syncs with "Get Sync Statuses" (model ${modelId}, mapping ${subscriptionId}) before starting another. ${noKey}`;
}

/**
 * Start Sync: starts a manual sync and, with Wait Until Finished, returns its final status. A
 * failure once the sync started (or may have) names it (see withWriteLog), so that nobody starts a
 * second one.
 */
const startSyncRouting = customRouting('POST', '/reverse-etl-syncs', async function (policy) {
	const modelId = await resolveId.call(this, 'reverseEtlModelId');
	const subscriptionId = plainId.call(this, 'subscriptionId', 'Subscription ID');
	const sourceId = await resolveId.call(this, 'sourceId');
	const wait = this.getNodeParameter('waitUntilFinished', false) === true;
	// Checked before the sync starts, so a wrong setting does not leave a sync nobody waits for.
	const settings = wait ? waitSettingsOf.call(this) : undefined;

	let syncId: string | undefined;
	const start = {
		name: `Start Sync of model ${modelId}, source ${sourceId}, mapping ${subscriptionId}`,
		details: { modelId, sourceId, subscriptionId },
	};
	const items = await withWriteLog.call(
		this,
		() => startSyncHint(syncId, modelId, subscriptionId),
		async (log) => {
			log.plan(start);
			const started = await log.write(
				start,
				async () => {
					const data = await request.call(this, policy, 'POST', '/reverse-etl-syncs', {
						body: { sourceId, modelId, subscriptionId },
					});
					const record = (data.reverseETLManualSync ?? {}) as IDataObject;
					const id =
						typeof record.syncId === 'number' ? String(record.syncId) : (record.syncId as unknown);
					if (typeof id !== 'string' || id === '') {
						throw new NodeOperationError(this.getNode(), "Segment's answer has no sync ID", {
							description:
								'The sync may have started anyway: check the latest syncs with "Get Sync Statuses" before starting another.',
						});
					}
					syncId = id;
					return record;
				},
				(record) => ({
					result: { syncId, ...(record.startedAt ? { startedAt: record.startedAt } : {}) },
					note: `sync ${syncId}`,
				}),
			);
			if (!settings) return [{ json: { ...started, modelId, sourceId, subscriptionId } }];
			return [{ json: await waitForSync.call(this, policy, modelId, syncId as string, settings) }];
		},
	);
	// A sync that ran and failed is its own outcome, not a failure midway: it is not retried.
	if (settings?.failIfSyncFails && !items[0]?.error) {
		checkSyncSucceeded.call(this, items[0].json, modelId, syncId as string);
	}
	return items;
});

export const option: INodePropertyOptions = {
	name: 'Start Sync',
	value: 'startSync',
	action: 'Start a reverse ETL sync',
	description:
		'Start a manual sync of one mapping of a model, and optionally wait until it finishes (20 requests a minute)',
	routing: startSyncRouting,
};

const waitingUntilFinished = { show: { waitUntilFinished: [true] } };

const properties: INodeProperties[] = [
	resourceLocator('reverseEtlModelId', 'The model whose mapping to sync'),
	retlSubscriptionIdField(`The mapping (subscription) to sync: ${SUBSCRIPTION_ID_HINT}`),
	resourceLocator('sourceId', 'The Reverse ETL source of the model'),
	{
		displayName: 'Wait Until Finished',
		name: 'waitUntilFinished',
		type: 'boolean',
		default: false,
		description:
			"Whether to wait for the sync to end and return its final status (with the extract and load counts) instead of the started sync's ID",
	},
	{
		displayName: 'Timeout (Seconds)',
		name: 'timeout',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 3600,
		description:
			'How long to wait at most. Past it the node fails, naming the sync and its last status; the sync itself keeps running in Segment.',
		displayOptions: waitingUntilFinished,
	},
	{
		displayName: 'Poll Interval (Seconds)',
		name: 'pollInterval',
		type: 'number',
		typeOptions: { minValue: 0.01, numberPrecision: 2 },
		default: 10,
		description:
			'How long to wait before the first status check. Each next wait is 1.5 times longer, up to 5 minutes. Segment allows 250 status checks a minute.',
		displayOptions: waitingUntilFinished,
	},
	{
		displayName: 'Fail If Sync Fails',
		name: 'failIfSyncFails',
		type: 'boolean',
		default: true,
		description:
			'Whether the node fails when the sync ends as failed or canceled. Off, the final status is returned as an item either way. A partial success never fails the node.',
		displayOptions: waitingUntilFinished,
	},
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['startSync'] } };

export const description = updateDisplayOptions(displayOptions, properties);
