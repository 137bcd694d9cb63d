import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type IHttpRequestMethods,
} from 'n8n-workflow';
import { resolveId } from '../../shared/routing';
import { segmentApiRequest, type RequestPolicy, type SegmentRequest } from '../../shared/transport';
import { checkedId } from '../../shared/utils';

/* What the sync operations (Start Sync, Get Sync Status, Get Sync Statuses, Cancel Sync) share. */

export const MODELS = '/reverse-etl-models';

export function plainId(this: IExecutePaginationFunctions, name: string, label: string): string {
	return checkedId(this.getNode(), this.getNodeParameter(name, ''), label);
}

export async function syncIdsOf(this: IExecutePaginationFunctions) {
	const modelId = await resolveId.call(this, 'reverseEtlModelId');
	const syncId = plainId.call(this, 'syncId', 'Sync ID');
	return { modelId, syncId };
}

export function syncPath(modelId: string, syncId: string): string {
	return `${MODELS}/${encodeURIComponent(modelId)}/syncs/${encodeURIComponent(syncId)}`;
}

export async function request(
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
export async function fetchSyncStatus(
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
