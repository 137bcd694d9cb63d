import {
	NodeApiError,
	sleep,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type IExecuteSingleFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type INode,
	type IPollFunctions,
	type JsonObject,
} from 'n8n-workflow';
import {
	backoff,
	DEFAULT_RETRY_POLICY,
	isRetryableStatus,
	acquireSlot,
	noteRateLimit,
	noteTooManyRequests,
	pauseBeforeRequest,
	waitAfter429,
	type RetryPolicy,
} from './rateLimit';

export const CREDENTIAL_TYPE = 'segmentPublicApi';

/** Largest `pagination[count]` the Public API accepts on its list endpoints. */
export const MAX_PAGE_SIZE = 1000;

export type MediaVersion = 'v1' | 'v1beta' | 'v1alpha';

export type SegmentContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| ILoadOptionsFunctions
	| IPollFunctions;

export interface SegmentRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, with IDs already encoded. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	version?: MediaVersion;
	retry?: RetryPolicy;
	/** n8n request options passed through unchanged (timeout, proxy, certificate checks). */
	transportOptions?: Pick<
		IHttpRequestOptions,
		'timeout' | 'proxy' | 'skipSslCertificateValidation'
	>;
}

export interface SegmentPage {
	records: IDataObject[];
	next: string | undefined;
}

export function mediaType(version: MediaVersion): string {
	return `application/vnd.segment.${version}+json`;
}

export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const region = String(credentials.region ?? 'https://api.segmentapis.com');
	const base = region === 'custom' ? String(credentials.baseUrl ?? '') : region;
	return base.replace(/\/+$/, '');
}

function segmentErrorMessages(body: unknown): { message?: string; details: string[] } {
	const errors = (body as { errors?: Array<{ message?: string; field?: string }> } | undefined)
		?.errors;
	if (!Array.isArray(errors) || errors.length === 0) return { details: [] };
	const details = errors.map((error) =>
		error.field ? `${error.message} (field: ${error.field})` : String(error.message),
	);
	return { message: details[0], details };
}

function retriesNote(retries: number): string {
	return retries > 0 ? ` Gave up after ${retries} ${retries === 1 ? 'retry' : 'retries'}.` : '';
}

function apiError(node: INode, statusCode: number, body: unknown, retries: number): NodeApiError {
	const { message, details } = segmentErrorMessages(body);
	const response: JsonObject =
		body && typeof body === 'object' ? (body as JsonObject) : { body: String(body ?? '') };
	return new NodeApiError(node, response, {
		httpCode: String(statusCode),
		message: message ?? `Segment answered with HTTP ${statusCode}`,
		description:
			(details.length > 1
				? details.join('; ')
				: `The Segment Public API answered HTTP ${statusCode}.`) + retriesNote(retries),
	});
}

function transportError(
	node: INode,
	error: Error & { code?: string },
	retries: number,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message: error.message, code: error.code ?? null },
		{
			message: `Could not reach the Segment Public API: ${error.message}`,
			description: `The request failed before Segment answered.${retriesNote(retries)}`,
			httpCode: 'none',
		},
	);
}

/** The one place every request to Segment goes through. Returns the `data` of the envelope. */
export async function segmentApiRequest(
	this: SegmentContext,
	request: SegmentRequest,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const accept = mediaType(request.version ?? 'v1');
	const hasBody = request.body !== undefined && Object.keys(request.body).length > 0;
	const options: IHttpRequestOptions = {
		...request.transportOptions,
		method: request.method,
		baseURL: baseUrlOf(credentials),
		url: request.path,
		qs: request.qs,
		headers: hasBody ? { Accept: accept, 'Content-Type': accept } : { Accept: accept },
		body: hasBody ? request.body : undefined,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};

	// Handed to n8n with each request, so it does not fetch and decrypt the credential again.
	const nodeCredential = this.getNode().credentials?.[CREDENTIAL_TYPE];
	const credentialsDecrypted = {
		id: nodeCredential?.id ?? '',
		name: nodeCredential?.name ?? '',
		type: CREDENTIAL_TYPE,
		data: credentials,
	};
	const policy = request.retry ?? DEFAULT_RETRY_POLICY;
	const cancelled = () =>
		'getExecutionCancelSignal' in this && this.getExecutionCancelSignal()?.aborted === true;
	const rateLimitKey = `${options.baseURL} ${String(credentials.apiToken)}`;
	let waitedMs = 0;
	const waitOrGiveUp = async (ms: number) => {
		if (waitedMs + ms > policy.maxWaitMs) return false;
		waitedMs += ms;
		await sleep(ms);
		return true;
	};

	/** Waits for a request slot of the workspace at a time its rate-limit window is open. */
	const waitForTurn = async () => {
		for (;;) {
			const pause = pauseBeforeRequest(rateLimitKey);
			if (pause > 0 && !(await waitOrGiveUp(pause))) {
				throw new NodeApiError(
					this.getNode(),
					{ message: 'Rate limit exhausted' },
					{
						httpCode: '429',
						message: 'The Segment rate limit of this workspace is used up',
						description: `Segment resets it in ${Math.ceil(pause / 1000)} s, more than the maximum total wait set in Options.`,
					},
				);
			}
			const release = await acquireSlot(rateLimitKey);
			if (pauseBeforeRequest(rateLimitKey) === 0) return release;
			release();
		}
	};

	for (let attempt = 0; ; attempt++) {
		const release = await waitForTurn();
		let response: IN8nHttpFullResponse | undefined;
		let failure: Error | undefined;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_TYPE,
				options,
				{ credentialsDecrypted },
			)) as IN8nHttpFullResponse;
		} catch (error) {
			failure = error as Error;
		} finally {
			release();
		}

		if (!response) {
			const retry = attempt < policy.maxRetries && !cancelled();
			if (retry && (await waitOrGiveUp(backoff(attempt)))) continue;
			throw transportError(this.getNode(), failure as Error, attempt);
		}
		noteRateLimit(rateLimitKey, response);
		const { statusCode } = response;
		if (statusCode < 400) {
			const body = response.body as { data?: IDataObject } | undefined;
			return body?.data ?? {};
		}
		if (isRetryableStatus(statusCode) && attempt < policy.maxRetries) {
			if (statusCode !== 429) {
				if (await waitOrGiveUp(backoff(attempt))) continue;
			} else {
				// The wait happens in waitForTurn, shared by every request of the workspace.
				const wait = waitAfter429(response, attempt);
				noteTooManyRequests(rateLimitKey, wait);
				if (waitedMs + wait <= policy.maxWaitMs) continue;
			}
		}
		throw apiError(this.getNode(), statusCode, response.body, attempt);
	}
}

/** One page of a cursor-paginated list. */
export async function fetchPage(
	this: SegmentContext,
	request: Omit<SegmentRequest, 'method'> & { root: string; count: number; cursor?: string },
): Promise<SegmentPage> {
	const { root, count, cursor, ...rest } = request;
	const qs: IDataObject = { ...rest.qs, 'pagination[count]': count };
	if (cursor) qs['pagination[cursor]'] = cursor;
	const data = await segmentApiRequest.call(this, { ...rest, method: 'GET', qs });
	const records = (data[root] as IDataObject[] | undefined) ?? [];
	const pagination = data.pagination as IDataObject | undefined;
	const next =
		typeof pagination?.next === 'string' && pagination.next ? pagination.next : undefined;
	return { records, next };
}

/** Follows Segment's cursor until the list ends or `limit` records are collected. */
export async function listRecords(
	this: SegmentContext,
	request: Omit<SegmentRequest, 'method'> & {
		root: string;
		limit?: number;
		/** Keeps only matching records; Limit counts the kept ones. */
		keep?: (record: IDataObject) => boolean;
	},
): Promise<IDataObject[]> {
	const { limit = Infinity, keep, ...rest } = request;
	const records: IDataObject[] = [];
	let cursor: string | undefined;
	while (records.length < limit) {
		const count = keep ? MAX_PAGE_SIZE : Math.min(MAX_PAGE_SIZE, limit - records.length);
		const page = await fetchPage.call(this, { ...rest, count, cursor });
		records.push(...(keep ? page.records.filter(keep) : page.records));
		if (!page.next || page.next === cursor) break;
		cursor = page.next;
	}
	return records.length > limit ? records.slice(0, limit) : records;
}
