import {
	NodeOperationError,
	sleep,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IHttpRequestMethods,
} from 'n8n-workflow';
import { customRouting, resolveId } from '../../shared/routing';
import {
	listRecords,
	segmentApiRequest,
	type RequestPolicy,
	type SegmentRequest,
} from '../../shared/transport';
import { checkedId, checkedLimit } from '../../shared/utils';

/** Statuses of a sync that has ended; any other status (IN_PROGRESS, CANCELLING, …) is still running. */
export const SUCCEEDED_STATUSES = ['SUCCESS', 'PARTIAL_SUCCESS'];
export const FAILED_STATUSES = ['FAIL', 'FAILED', 'ERROR', 'CANCELED', 'CANCELLED'];
const TERMINAL_STATUSES = new Set([...SUCCEEDED_STATUSES, ...FAILED_STATUSES]);

/** The longest pause between two status checks; the interval grows ×1.5 up to it. */
export const MAX_POLL_INTERVAL_MS = 5 * 60 * 1000;
const BACKOFF_FACTOR = 1.5;

/** Segment's largest page of sync statuses. */
export const MAX_STATUSES_PER_PAGE = 100;

const MODELS = '/reverse-etl-models';

function plainId(this: IExecutePaginationFunctions, name: string, label: string): string {
	return checkedId(this.getNode(), this.getNodeParameter(name, ''), label);
}

async function syncIdsOf(this: IExecutePaginationFunctions) {
	const modelId = await resolveId.call(this, 'reverseEtlModelId');
	const syncId = plainId.call(this, 'syncId', 'Sync ID');
	return { modelId, syncId };
}

function syncPath(modelId: string, syncId: string): string {
	return `${MODELS}/${encodeURIComponent(modelId)}/syncs/${encodeURIComponent(syncId)}`;
}

async function request(
	this: IExecutePaginationFunctions,
	policy: RequestPolicy,
	method: IHttpRequestMethods,
	path: string,
	extra: Pick<SegmentRequest, 'qs' | 'body'> = {},
): Promise<IDataObject> {
	return await segmentApiRequest.call(this, {
		...policy,
		...extra,
		method,
		path,
		version: 'v1alpha',
	});
}

/** The status record of a sync, failing clearly when Segment's answer holds none. */
async function fetchSyncStatus(
	this: IExecutePaginationFunctions,
	policy: RequestPolicy,
	modelId: string,
	syncId: string,
): Promise<IDataObject> {
	const data = await request.call(this, policy, 'GET', syncPath(modelId, syncId));
	const record = data.reverseETLSyncStatus as IDataObject | undefined;
	if (!record || typeof record !== 'object') {
		throw new NodeOperationError(
			this.getNode(),
			`Segment's answer has no status for sync ${syncId}`,
			{
				description: `Segment answered GET ${syncPath(modelId, syncId)} without "reverseETLSyncStatus".`,
			},
		);
	}
	return record;
}

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

/**
 * Checks the sync's status until it ends or the timeout passes: first after one interval, then
 * after intervals growing ×1.5 up to 5 minutes. The last check happens at the timeout at the latest.
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
	for (;;) {
		await pause.call(this, Math.min(interval, Math.max(0, deadline - Date.now())), syncId);
		const record = await fetchSyncStatus.call(this, policy, modelId, syncId);
		const status = statusOf.call(this, record, syncId);
		if (TERMINAL_STATUSES.has(status)) {
			if (settings.failIfSyncFails && FAILED_STATUSES.includes(status)) {
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
			return record;
		}
		if (Date.now() >= deadline) {
			throw new NodeOperationError(
				this.getNode(),
				`Sync ${syncId} did not finish within ${settings.timeoutMs / 1000} seconds (last status: ${status})`,
				{
					description: `The sync keeps running in Segment: the node only stopped waiting. Check it later with "Get Sync Status" (model ${modelId}, sync ${syncId}), or raise "Timeout (Seconds)".`,
				},
			);
		}
		interval = Math.min(interval * BACKOFF_FACTOR, longest);
	}
}

/** Start Sync: starts a manual sync and, with Wait Until Finished, returns its final status. */
export const startSyncRouting = customRouting(
	'POST',
	'/reverse-etl-syncs',
	async function (policy) {
		const modelId = await resolveId.call(this, 'reverseEtlModelId');
		const subscriptionId = plainId.call(this, 'subscriptionId', 'Subscription ID');
		const sourceId = await resolveId.call(this, 'sourceId');
		const wait = this.getNodeParameter('waitUntilFinished', false) === true;
		// Checked before the sync starts, so a wrong setting does not leave a sync nobody waits for.
		const settings = wait ? waitSettingsOf.call(this) : undefined;

		const data = await request.call(this, policy, 'POST', '/reverse-etl-syncs', {
			body: { sourceId, modelId, subscriptionId },
		});
		const started = (data.reverseETLManualSync ?? {}) as IDataObject;
		const syncId =
			typeof started.syncId === 'number' ? String(started.syncId) : (started.syncId as unknown);
		if (typeof syncId !== 'string' || syncId === '') {
			throw new NodeOperationError(this.getNode(), "Segment's answer has no sync ID", {
				description:
					'The sync may have started anyway: check the latest syncs with "Get Sync Statuses" before starting another.',
			});
		}
		if (!settings) return [{ json: { ...started, modelId, sourceId, subscriptionId } }];
		return [{ json: await waitForSync.call(this, policy, modelId, syncId, settings) }];
	},
);

export const getSyncStatusRouting = customRouting(
	'GET',
	`${MODELS}/{reverseEtlModelId}/syncs/{syncId}`,
	async function (policy) {
		const { modelId, syncId } = await syncIdsOf.call(this);
		return [{ json: await fetchSyncStatus.call(this, policy, modelId, syncId) }];
	},
);

/** Get Sync Statuses: pages of up to 100 through `count` and `cursor` (not `pagination[…]`). */
export const getSyncStatusesRouting = customRouting(
	'GET',
	`${MODELS}/{reverseEtlModelId}/subscriptionId/{subscriptionId}/syncs`,
	async function (policy) {
		const modelId = await resolveId.call(this, 'reverseEtlModelId');
		const subscriptionId = plainId.call(this, 'subscriptionId', 'Subscription ID');
		const returnAll = this.getNodeParameter('returnAll', false) === true;
		const limit = returnAll
			? Infinity
			: checkedLimit(this.getNode(), this.getNodeParameter('limit', 50));
		const records = await listRecords.call(this, {
			...policy,
			path: `${MODELS}/${encodeURIComponent(modelId)}/subscriptionId/${encodeURIComponent(subscriptionId)}/syncs`,
			version: 'v1alpha',
			root: 'syncStatuses',
			limit,
			maxPageSize: MAX_STATUSES_PER_PAGE,
			pageQuery: { count: 'count', cursor: 'cursor' },
		});
		return records.map((json) => ({ json }));
	},
);

/** Cancel Sync: Segment answers 200 with an error code when the sync had already ended. */
export const cancelSyncRouting = customRouting(
	'POST',
	`${MODELS}/{reverseEtlModelId}/syncs/{syncId}/cancel`,
	async function (policy) {
		const { modelId, syncId } = await syncIdsOf.call(this);
		const reasonForCanceling = Number(this.getNodeParameter('reasonForCanceling', 4));
		const data = await request.call(this, policy, 'POST', `${syncPath(modelId, syncId)}/cancel`, {
			body: { reasonForCanceling },
		});
		if (data.errorCode) {
			throw new NodeOperationError(
				this.getNode(),
				`Segment did not cancel sync ${syncId}: ${String(data.errorMessage ?? data.errorCode)} (${String(data.errorCode)})`,
				{
					description:
						'The sync had already finished or been canceled. Check it with "Get Sync Status".',
				},
			);
		}
		return [{ json: data }];
	},
);
