import type { IDataObject, IN8nHttpFullResponse } from 'n8n-workflow';

export interface RetryPolicy {
	/** Retries of one request after a 429, a 5xx or a network error. */
	maxRetries: number;
	/** Total time one request may spend waiting, across its retries and rate-limit pauses. */
	maxWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 5, maxWaitMs: 5 * 60_000 };

/** Requests of one workspace in flight at once; the others queue, so a burst can't flood the limit. */
export const MAX_CONCURRENT_PER_WORKSPACE = 8;

/** Exponential backoff for 5xx and network errors: base × 2^attempt, capped. */
export const BACKOFF = { baseMs: 500, maxMs: 30_000 };

/**
 * When Segment said a workspace has no requests left in the window, the time its window resets.
 * Keyed by base URL and token, as Segment counts per token's workspace; kept in memory only.
 */
const exhaustedUntil = new Map<string, number>();

function header(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = response.headers?.[name] ?? response.headers?.[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

function resetTime(response: IN8nHttpFullResponse): number | undefined {
	const reset = header(response, 'x-ratelimit-reset');
	if (!reset) return undefined;
	const seconds = Number(reset);
	const time = Number.isFinite(seconds)
		? seconds > 1e12
			? seconds
			: seconds > 1e9
				? seconds * 1000
				: Date.now() + seconds * 1000
		: Date.parse(reset);
	return Number.isFinite(time) ? time : undefined;
}

/** Remembers an exhausted window from a response's X-RateLimit-* headers. */
export function noteRateLimit(key: string, response: IN8nHttpFullResponse): void {
	if (header(response, 'x-ratelimit-remaining') !== '0') return;
	const reset = resetTime(response);
	if (reset !== undefined && reset > Date.now()) exhaustedUntil.set(key, reset);
}

/** How long to pause before the next request of this key, so as not to cause a 429. */
export function pauseBeforeRequest(key: string): number {
	const until = exhaustedUntil.get(key);
	if (until === undefined) return 0;
	const pause = until - Date.now();
	if (pause <= 0) exhaustedUntil.delete(key);
	return Math.max(0, pause);
}

/** Forgets every remembered window; for tests, which share one workspace key. */
export function resetRateLimitState(): void {
	exhaustedUntil.clear();
}

/** After a 429, every request of the workspace holds off until Segment's window resets. */
export function noteTooManyRequests(key: string, waitMs: number): void {
	const until = Date.now() + waitMs;
	if (until > (exhaustedUntil.get(key) ?? 0)) exhaustedUntil.set(key, until);
}

interface Gate {
	active: number;
	waiting: Array<() => void>;
}

const gates = new Map<string, Gate>();

/** Takes one of the workspace's request slots; resolves with the function that gives it back. */
export async function acquireSlot(key: string): Promise<() => void> {
	let gate = gates.get(key);
	if (!gate) {
		gate = { active: 0, waiting: [] };
		gates.set(key, gate);
	}
	const current = gate;
	if (current.active >= MAX_CONCURRENT_PER_WORKSPACE) {
		await new Promise<void>((resolve) => current.waiting.push(resolve));
	} else {
		current.active += 1;
	}
	let released = false;
	return () => {
		if (released) return;
		released = true;
		const next = current.waiting.shift();
		if (next) next();
		else {
			current.active -= 1;
			if (current.active === 0) gates.delete(key);
		}
	};
}

/** How long a 429 asks to wait: `msBeforeNext` of the body, else X-RateLimit-Reset, else backoff. */
export function waitAfter429(response: IN8nHttpFullResponse, attempt: number): number {
	const errors = (response.body as { errors?: Array<{ data?: IDataObject }> } | undefined)?.errors;
	const msBeforeNext = Number(errors?.[0]?.data?.msBeforeNext);
	if (Number.isFinite(msBeforeNext) && msBeforeNext >= 0) return msBeforeNext;
	const reset = resetTime(response);
	if (reset !== undefined) return Math.max(0, reset - Date.now());
	return backoff(attempt);
}

export function backoff(attempt: number): number {
	return Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** attempt);
}

export function isRetryableStatus(statusCode: number): boolean {
	return statusCode === 429 || statusCode >= 500;
}
