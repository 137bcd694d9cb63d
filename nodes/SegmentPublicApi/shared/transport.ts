import {
	getCredentialAllowedDomains,
	NodeApiError,
	NodeOperationError,
	sleep,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type IExecuteFunctions,
	type IExecuteSingleFunctions,
	type IHookFunctions,
	type IHttpRequestMethods,
	type IHttpRequestOptions,
	type ILoadOptionsFunctions,
	type IN8nHttpFullResponse,
	type INode,
	type IPollFunctions,
	type JsonObject,
} from 'n8n-workflow';
import { REDACTED, redactValues, secretsIn } from './secrets';
import {
	backoff,
	DEFAULT_RETRY_POLICY,
	acquireSlot,
	noteRateLimit,
	pacedTurn,
	probeInFlight,
	takeProbe,
	rateLimitGroup,
	noteTooManyRequests,
	pauseBeforeRequest,
	responseHeader,
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
	| IPollFunctions
	| IHookFunctions;

export interface SegmentRequest {
	method: IHttpRequestMethods;
	/** Path below the base URL, with IDs already encoded. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	version?: MediaVersion;
	retry?: RetryPolicy;
	/** n8n request options passed through unchanged (timeout, proxy, certificate checks); the timeout defaults to TIMEOUTS.defaultMs. */
	transportOptions?: Pick<
		IHttpRequestOptions,
		'timeout' | 'proxy' | 'skipSslCertificateValidation'
	>;
	/** Secrets sent under keys that do not say so (Secret Settings); kept out of the answer and errors. */
	secrets?: string[];
	/** Called with Segment's answer when it succeeds, for what its headers say (regulation quotas). */
	onSuccess?: (response: IN8nHttpFullResponse) => void;
}

/** What every request of an operation shares: the node's retry policy and n8n's Request Options. */
export type RequestPolicy = Pick<SegmentRequest, 'retry' | 'transportOptions'>;

/** The query keys of a list's page size and cursor. */
export interface PageQuery {
	count: string;
	cursor: string;
}

/** Segment's usual query keys; a few endpoints take plain `count` and `cursor` (Reverse ETL syncs). */
const PAGINATION_QUERY: PageQuery = { count: 'pagination[count]', cursor: 'pagination[cursor]' };

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

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const warnedPlainHttp = new Set<string>();

/**
 * The credential's base URL, refused with a clear error when it cannot be a safe API address:
 * the token is sent to it with every request.
 */
function checkedBaseUrl(this: SegmentContext, credentials: ICredentialDataDecryptedObject): URL {
	const base = baseUrlOf(credentials);
	const refuse = (problem: string) =>
		new NodeOperationError(this.getNode(), `The credential's Base URL ${problem}`, {
			description:
				'The API token is sent to this URL with every request. Enter only the scheme, host and optional path, e.g. https://api.segmentapis.com or http://127.0.0.1:4010.',
		});
	let url: URL;
	try {
		url = new URL(base);
	} catch {
		throw refuse('is not a valid URL');
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw refuse('must start with https://');
	if (url.username || url.password) throw refuse('must not contain a user name or password');
	if (url.search || url.hash || /[?#]/.test(base)) throw refuse('must not contain "?" or "#"');
	if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname) && !warnedPlainHttp.has(base)) {
		warnedPlainHttp.add(base);
		this.logger.warn(
			`Segment Public API: the credential's Base URL ${url.host} uses plain http://, so the API token travels unencrypted`,
		);
	}
	return url;
}

/** The hosts n8n lets this credential reach ("Allowed HTTP Request Domains"), for every hop. */
function allowedDomainsOf(
	node: INode,
	credentials: ICredentialDataDecryptedObject,
	baseUrl: string,
): string | undefined {
	// Older n8n versions have no domain restrictions.
	if (typeof getCredentialAllowedDomains !== 'function') return undefined;
	return getCredentialAllowedDomains({
		node,
		credentialData: credentials,
		credentialOwnedSurface: true,
		nodeEndpointUrl: baseUrl,
	});
}

/**
 * Removes secrets from what an error or an answer carries: each of `secrets` in every form a
 * server may echo it (see redactValues), and any Authorization value, as a proxy or a server that
 * echoes request headers would put them into the execution data.
 */
export function redactSecrets<T>(value: T, secrets: string | string[]): T {
	const scrub = (text: string) =>
		text
			.replace(/\b(Bearer|Basic)\s+[^\s"',;}]+/gi, `$1 ${REDACTED}`)
			.replace(
				/("?authorization"?\s*[:=]\s*"?)(?!\[redacted\]|Bearer|Basic)[^"\s,;}]+/gi,
				`$1${REDACTED}`,
			);
	const walk = (item: unknown): unknown => {
		if (typeof item === 'string') return scrub(item);
		if (Array.isArray(item)) return item.map(walk);
		if (item && typeof item === 'object') {
			return Object.fromEntries(
				Object.entries(item).map(([key, child]) => [
					key,
					/^authorization$/i.test(key) ? REDACTED : walk(child),
				]),
			);
		}
		return item;
	};
	return walk(redactValues(value, typeof secrets === 'string' ? [secrets] : secrets)) as T;
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

function seconds(ms: number): string {
	return `${Math.ceil(ms / 1000)} s`;
}

/**
 * Segment's error as a NodeApiError, with Segment's own message. The description lists every
 * validation error, then `note` (what happened on our side) or the status and retries.
 */
function apiError(
	node: INode,
	secrets: string[],
	statusCode: number,
	body: unknown,
	{ note, retries = 0 }: { note?: string; retries?: number } = {},
): NodeApiError {
	const { message, details } = segmentErrorMessages(body);
	const response: JsonObject =
		body && typeof body === 'object' ? (body as JsonObject) : { body: String(body ?? '') };
	const listed = details.length > 1 ? details.join('; ') : '';
	const description = note
		? [listed, note].filter(Boolean).join(' ')
		: (listed || `The Segment Public API answered HTTP ${statusCode}.`) + retriesNote(retries);
	return new NodeApiError(node, redactSecrets(response, secrets), {
		httpCode: String(statusCode),
		message: redactSecrets(message ?? `Segment answered with HTTP ${statusCode}`, secrets),
		description: redactSecrets(description, secrets),
	});
}

function transportError(
	node: INode,
	secrets: string[],
	error: Error & { code?: string },
	description: string,
): NodeApiError {
	const code = networkCode(error);
	const reason =
		code === 'ECONNREFUSED' ? `nothing answers at that address (${code})` : error.message;
	return new NodeApiError(
		node,
		redactSecrets({ message: error.message, code: code ?? null }, secrets),
		{
			message: redactSecrets(`Could not reach the Segment Public API: ${reason}`, secrets),
			description: redactSecrets(description, secrets),
			httpCode: 'none',
		},
	);
}

/** The system error code of a failed request (n8n wraps it in its own error). */
function networkCode(error: Error & { code?: string }): string | undefined {
	const cause = error.cause as { code?: unknown } | undefined;
	return typeof cause?.code === 'string' ? cause.code : error.code;
}

/** Failures that happen before a request reaches any server, so a write can safely be sent again. */
const NOT_SENT_CODES = new Set([
	'ECONNREFUSED',
	'ENOTFOUND',
	'EAI_AGAIN',
	'ENETUNREACH',
	'EHOSTUNREACH',
]);

const WRITE_METHODS = new Set<string>(['POST', 'PATCH', 'PUT']);

/** Whether a method sends a body that changes the workspace (POST, PATCH, PUT). */
export function isWriteMethod(method: string): boolean {
	return WRITE_METHODS.has(method);
}

/** Same-origin redirects followed for one request; another origin is never followed. */
const MAX_REDIRECTS = 5;

/** Timeout of requests made outside an operation (trigger polls, dropdowns, lookups). */
export const TIMEOUTS = { defaultMs: 60_000 };

/** What a write that may have been applied tells the user, so they check before running it again. */
function uncertainWriteNote(method: string, path: string, retries: number): string {
	return `The ${method} ${path} reached Segment, so it was not sent again: a second try could apply it twice. Check with a Get or Get Many whether the change was made before running it again.${retriesNote(retries)}`;
}

/** Where a redirect points, resolved against the request's URL; undefined when it says nowhere valid. */
function redirectTarget(location: string | undefined, requestUrl: string): URL | undefined {
	if (!location) return undefined;
	try {
		return new URL(location, requestUrl);
	} catch {
		return undefined;
	}
}

/** Sleeps, or stops early when the execution is cancelled; resolves whether the full time passed. */
async function sleepUnlessCancelled(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
	if (!signal) return await sleep(ms).then(() => true);
	if (signal.aborted) return false;
	let onAbort = () => {};
	const cancelled = new Promise<boolean>((resolve) => {
		onAbort = () => resolve(false);
		signal.addEventListener('abort', onAbort, { once: true });
	});
	const slept = await Promise.race([sleep(ms).then(() => true), cancelled]);
	signal.removeEventListener('abort', onAbort);
	return slept;
}

/** The one place every request to Segment goes through. Returns the `data` of the envelope. */
export async function segmentApiRequest(
	this: SegmentContext,
	request: SegmentRequest,
): Promise<IDataObject> {
	const started = Date.now();
	const node = this.getNode();
	const credentials = await this.getCredentials(CREDENTIAL_TYPE);
	const token = String(credentials.apiToken ?? '');
	// Every secret this request sends stays out of its answer and of any error, in any encoding.
	const sentSecrets = [...secretsIn(request.body), ...(request.secrets ?? [])];
	const secrets = [token, ...sentSecrets];
	const base = checkedBaseUrl.call(this, credentials);
	const baseURL = base.href.replace(/\/+$/, '');
	const accept = mediaType(request.version ?? 'v1');
	const hasBody = request.body !== undefined && Object.keys(request.body).length > 0;
	const options: IHttpRequestOptions = {
		timeout: TIMEOUTS.defaultMs,
		...request.transportOptions,
		method: request.method,
		baseURL,
		url: request.path,
		qs: request.qs,
		headers: hasBody ? { Accept: accept, 'Content-Type': accept } : { Accept: accept },
		body: hasBody ? request.body : undefined,
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
		// Redirects are followed below, and only to Segment's own origin: the token never leaves it.
		disableFollowRedirect: true,
		sendCredentialsOnCrossOriginRedirect: false,
		allowedDomains: allowedDomainsOf(node, credentials, baseURL),
	};

	// Handed to n8n with each request, so it does not fetch and decrypt the credential again.
	const nodeCredential = node.credentials?.[CREDENTIAL_TYPE];
	const credentialsDecrypted = {
		id: nodeCredential?.id ?? '',
		name: nodeCredential?.name ?? '',
		type: CREDENTIAL_TYPE,
		data: credentials,
	};
	const policy = request.retry ?? DEFAULT_RETRY_POLICY;
	const signal = 'getExecutionCancelSignal' in this ? this.getExecutionCancelSignal() : undefined;
	const isWrite = isWriteMethod(request.method);
	const workspaceKey = `${baseURL} ${token}`;
	const windowKey = `${workspaceKey} ${rateLimitGroup(request.method, request.path, request.body)}`;
	/** Time left of Max Total Wait, which counts the time spent in requests too. */
	const waitLeft = () => policy.maxWaitMs - (Date.now() - started);
	const waitOrGiveUp = async (ms: number) =>
		ms <= waitLeft() && (await sleepUnlessCancelled(ms, signal));

	const rateLimitError = (waitMs: number, body?: unknown) =>
		apiError(node, secrets, 429, body ?? { errors: [{ message: 'Too many requests' }] }, {
			note: `Segment asked to wait ${seconds(waitMs)} before the next request, more than is left of the maximum total wait (${seconds(Math.max(0, waitLeft()))} of ${seconds(policy.maxWaitMs)}). Raise "Max Total Wait" in Options to wait it out, or run the workflow later.`,
		});

	/** Waits for a request slot of the workspace at a time its rate-limit window is open. */
	const waitForTurn = async () => {
		for (;;) {
			const pause = pauseBeforeRequest(windowKey);
			if (pause > 0 && !(await waitOrGiveUp(pause))) throw rateLimitError(pause);
			const probe = probeInFlight(windowKey);
			if (probe) {
				await probe;
				continue;
			}
			const release = await acquireSlot(workspaceKey);
			// The pace is read once the request is about to go, holding its slot: requests queued
			// before the window ran low are paced too.
			const paced = pauseBeforeRequest(windowKey) === 0 ? pacedTurn(windowKey) : 0;
			if (paced > 0 && !(await waitOrGiveUp(paced))) {
				release();
				throw rateLimitError(paced);
			}
			if (pauseBeforeRequest(windowKey) === 0 && !probeInFlight(windowKey)) {
				// The answer is noted before anything else runs: the slot is given back just before.
				return takeProbe(windowKey, release);
			}
			release();
		}
	};

	/** Whether an earlier attempt may have reached Segment (a 5xx, a timeout, a dropped connection). */
	let mayHaveReached = false;
	let redirects = 0;
	for (let attempt = 0; ; attempt++) {
		const release = await waitForTurn();
		let response: IN8nHttpFullResponse | undefined;
		let failure: (Error & { code?: string }) | undefined;
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
		const canRetry = attempt < policy.maxRetries && !signal?.aborted;

		if (!response) {
			const failed = failure as Error;
			const notSent = NOT_SENT_CODES.has(networkCode(failed) ?? '');
			if (isWrite && !notSent) {
				throw transportError(
					node,
					secrets,
					failed,
					uncertainWriteNote(request.method, request.path, attempt),
				);
			}
			if (canRetry && (await waitOrGiveUp(backoff(attempt)))) {
				mayHaveReached ||= !notSent;
				continue;
			}
			throw transportError(
				node,
				secrets,
				failed,
				`The request failed before Segment answered.${retriesNote(attempt)}`,
			);
		}
		noteRateLimit(windowKey, response, policy.maxWaitMs);
		const { statusCode } = response;

		if (statusCode >= 300 && statusCode < 400) {
			const target = redirectTarget(
				responseHeader(response, 'location'),
				`${baseURL}${String(options.url)}`,
			);
			if (target && target.origin !== base.origin) {
				throw new NodeApiError(
					node,
					{ message: `Redirect to ${target.host}` },
					{
						httpCode: String(statusCode),
						message: `Segment's address redirected the request to another host, ${target.host}; it was not followed`,
						description: `The API token is only ever sent to ${base.host}. Check the credential's Region or Base URL, or a proxy between n8n and Segment.`,
					},
				);
			}
			const followable =
				target && (request.method === 'GET' || statusCode === 307 || statusCode === 308);
			if (followable && redirects < MAX_REDIRECTS) {
				redirects += 1;
				// A redirect is not a retry: it does not count against Max Retries.
				attempt -= 1;
				options.url = `${target.pathname}${target.search}`;
				options.baseURL = target.origin;
				options.qs = undefined;
				continue;
			}
			throw apiError(node, secrets, statusCode, response.body, {
				note: `Segment answered with a redirect (HTTP ${statusCode}) that was not followed.`,
			});
		}
		if (statusCode < 400) {
			request.onSuccess?.(response);
			const body = response.body as { data?: IDataObject } | undefined;
			const data = body?.data ?? {};
			return sentSecrets.length > 0 ? redactValues(data, sentSecrets) : data;
		}
		if (statusCode === 404 && request.method === 'DELETE' && mayHaveReached) {
			// An earlier attempt that failed after reaching Segment did the delete.
			return { status: 'SUCCESS' };
		}
		if (statusCode === 429) {
			const wait = waitAfter429(response, attempt);
			// Remembered for the workspace (or the operation's own limit), at most as long as a request may wait.
			noteTooManyRequests(windowKey, Math.min(wait, policy.maxWaitMs));
			if (wait > waitLeft()) throw rateLimitError(wait, response.body);
			// The wait happens in waitForTurn, shared by every request of the window.
			if (canRetry) continue;
		} else if (statusCode >= 500) {
			if (isWrite) {
				throw apiError(node, secrets, statusCode, response.body, {
					note: uncertainWriteNote(request.method, request.path, attempt),
				});
			}
			if (canRetry && (await waitOrGiveUp(backoff(attempt)))) {
				mayHaveReached = true;
				continue;
			}
		}
		throw apiError(node, secrets, statusCode, response.body, { retries: attempt });
	}
}

/** One page of a cursor-paginated list. */
export async function fetchPage(
	this: SegmentContext,
	request: Omit<SegmentRequest, 'method'> & {
		root: string;
		count: number;
		cursor?: string;
		/** Fails, naming the field "List Property", when `root` holds no list (API Request). */
		requireList?: boolean;
		/** The query keys of the page size and cursor, when not `pagination[count]` and `pagination[cursor]`. */
		pageQuery?: PageQuery;
		/** Called with each page's `data`, for what the answer holds besides the list. */
		onPage?: (data: IDataObject) => void;
	},
): Promise<SegmentPage> {
	const {
		root,
		count,
		cursor,
		requireList,
		pageQuery = PAGINATION_QUERY,
		onPage,
		...rest
	} = request;
	const qs: IDataObject = { ...rest.qs, [pageQuery.count]: count };
	if (cursor) qs[pageQuery.cursor] = cursor;
	const data = await segmentApiRequest.call(this, { ...rest, method: 'GET', qs });
	onPage?.(data);
	const listed = Object.prototype.hasOwnProperty.call(data, root) ? data[root] : undefined;
	if (requireList && !Array.isArray(listed)) {
		const lists = Object.keys(data).filter((key) => Array.isArray(data[key]));
		throw new NodeOperationError(
			this.getNode(),
			`The field "List Property" names no list: "${root}"`,
			{
				description: lists.length
					? `The lists under "data" of this answer are: ${lists.join(', ')}.`
					: 'This answer has no list under "data".',
			},
		);
	}
	const records = Array.isArray(listed) ? (listed as IDataObject[]) : [];
	const pagination = data.pagination as IDataObject | undefined;
	// Most lists give an opaque cursor; space filters give the next offset as a number.
	const next =
		typeof pagination?.next === 'string' && pagination.next
			? pagination.next
			: typeof pagination?.next === 'number' &&
				  pagination.next > 0 &&
				  (typeof pagination.totalEntries !== 'number' || pagination.next < pagination.totalEntries)
				? String(pagination.next)
				: undefined;
	return { records, next };
}

/**
 * How far a list is followed at most. Segment's longest lists end far sooner; a server that names
 * a new cursor on every page would otherwise be followed until memory runs out.
 */
export const LIST_BOUNDS = { maxPages: 10_000, maxRecords: 1_000_000 };

/** Follows Segment's cursor until the list ends or `limit` records are collected. */
export async function listRecords(
	this: SegmentContext,
	request: Omit<SegmentRequest, 'method'> & {
		root: string;
		limit?: number;
		/** The largest page the endpoint accepts, when below Segment's usual 1,000 (audiences: 200). */
		maxPageSize?: number;
		/** Keeps only matching records; Limit counts the kept ones. */
		keep?: (record: IDataObject) => boolean;
		requireList?: boolean;
		pageQuery?: PageQuery;
		onPage?: (data: IDataObject) => void;
	},
): Promise<IDataObject[]> {
	const { limit = Infinity, keep, maxPageSize = MAX_PAGE_SIZE, ...rest } = request;
	const records: IDataObject[] = [];
	const cursors = new Set<string>();
	let cursor: string | undefined;
	let pages = 0;
	let listed = 0;
	while (records.length < limit) {
		const count = keep ? maxPageSize : Math.min(maxPageSize, limit - records.length);
		const page = await fetchPage.call(this, { ...rest, count, cursor });
		pages += 1;
		listed += page.records.length;
		records.push(...(keep ? page.records.filter(keep) : page.records));
		// A cursor seen before would loop forever.
		if (!page.next || cursors.has(page.next)) break;
		if (
			records.length < limit &&
			(pages >= LIST_BOUNDS.maxPages || listed >= LIST_BOUNDS.maxRecords)
		) {
			throw new NodeOperationError(
				this.getNode(),
				`Stopped following the list ${rest.path} after ${pages} pages and ${listed} records: every page named another`,
				{
					description: `No Segment list is that long (the bound is ${LIST_BOUNDS.maxPages} pages or ${LIST_BOUNDS.maxRecords} records), so the server at the credential's Base URL keeps naming new pages. Check the Base URL, or the Path and List Property of Any Endpoint; turn off "Return All" or "Follow Pagination" to read a part of it.`,
				},
			);
		}
		cursors.add(page.next);
		cursor = page.next;
	}
	return records.length > limit ? records.slice(0, limit) : records;
}
