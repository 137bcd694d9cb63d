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

/** One response header as text (its first value when repeated). */
export function responseHeader(response: IN8nHttpFullResponse, name: string): string | undefined {
	const value = response.headers?.[name] ?? response.headers?.[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

/**
 * "Now" as the server saw it: its Date header when present, so that a skewed clock on the n8n
 * host does not stretch or shrink a wait computed from an absolute reset time.
 */
function serverNow(response: IN8nHttpFullResponse): number {
	const date = Date.parse(responseHeader(response, 'date') ?? '');
	return Number.isFinite(date) ? date : Date.now();
}

/** Milliseconds until the window of X-RateLimit-Reset resets, from the server's point of view. */
function msUntilReset(response: IN8nHttpFullResponse): number | undefined {
	const reset = responseHeader(response, 'x-ratelimit-reset');
	if (!reset) return undefined;
	const seconds = Number(reset);
	if (Number.isFinite(seconds) && seconds <= 1e9) return Math.max(0, seconds * 1000);
	const time = Number.isFinite(seconds)
		? seconds > 1e12
			? seconds
			: seconds * 1000
		: Date.parse(reset);
	return Number.isFinite(time) ? Math.max(0, time - serverNow(response)) : undefined;
}

/**
 * Near the end of a window's budget, requests are spread over the time left instead of sent at
 * once: below `reserve` requests left (at least `minimum`, or `share` of the window), each request
 * waits `time left / (requests left + 1)` after the one before. Segment's headers count for the
 * whole workspace, so several n8n processes (queue-mode workers) sharing a token all see the budget
 * shrink and slow down together, without talking to each other.
 */
export const PACING = { minimum: 2 * MAX_CONCURRENT_PER_WORKSPACE, share: 0.1 };

interface Pace {
	/** Milliseconds between two requests of the key. */
	interval: number;
	/** When the next request may start. */
	next: number;
	/** When the window resets and the pace ends. */
	until: number;
}

const paces = new Map<string, Pace>();

/** X-RateLimit-Reset is a date with whole seconds. */
const RESET_PRECISION_MS = 1000;

/**
 * Reads a response's X-RateLimit-* headers: an exhausted window is remembered for at most
 * `capMs`, so that an absurd reset time cannot block the process for longer than a request may
 * wait; a window close to exhaustion sets a pace (see PACING).
 */
export function noteRateLimit(key: string, response: IN8nHttpFullResponse, capMs: number): void {
	const remainingText = responseHeader(response, 'x-ratelimit-remaining');
	const remaining = remainingText === undefined ? NaN : Number(remainingText);
	if (!Number.isFinite(remaining)) return;
	const wait = msUntilReset(response);
	if (wait === undefined) {
		paces.delete(key);
		return;
	}
	if (remaining <= 0) {
		// A reset in the current second reads as 0 ms away: wait out that second.
		noteTooManyRequests(key, Math.min(Math.max(wait, RESET_PRECISION_MS), capMs));
		return;
	}
	if (wait <= 0) {
		paces.delete(key);
		return;
	}
	const consumed = Number(responseHeader(response, 'x-ratelimit-consumed') ?? NaN);
	const windowSize = remaining + (Number.isFinite(consumed) ? consumed : 0);
	if (remaining > Math.max(PACING.minimum, windowSize * PACING.share)) {
		paces.delete(key);
		return;
	}
	const now = Date.now();
	const interval = Math.min(capMs, wait / (remaining + 1));
	paces.set(key, {
		interval,
		next: paces.get(key)?.next ?? now,
		until: now + Math.min(wait, capMs),
	});
}

/** Books the next paced turn of the key; how long to wait for it (0 when the key is not paced). */
export function pacedTurn(key: string): number {
	const pace = paces.get(key);
	const now = Date.now();
	if (!pace || now >= pace.until) {
		paces.delete(key);
		return 0;
	}
	const start = Math.max(now, pace.next);
	// Turns past the window's end wait for the reset: the new window has a budget of its own.
	if (start >= pace.until) return pace.until - now;
	pace.next = start + pace.interval;
	return start - now;
}

/** Keys whose exhausted window has just ended: their next request goes alone (see `takeProbe`). */
const recovering = new Set<string>();
/** Per key, the request that goes alone after an exhausted window, settled once it is answered. */
const probes = new Map<string, Promise<void>>();

/** How long to pause before the next request of this key, so as not to cause a 429. */
export function pauseBeforeRequest(key: string): number {
	const until = exhaustedUntil.get(key);
	if (until === undefined) return 0;
	const pause = until - Date.now();
	if (pause <= 0) {
		exhaustedUntil.delete(key);
		recovering.add(key);
	}
	return Math.max(0, pause);
}

/** The request of the key that is going alone, if one is; wait for it before sending. */
export function probeInFlight(key: string): Promise<void> | undefined {
	return probes.get(key);
}

/**
 * After an exhausted window, the first request goes alone. A reset time read from headers has a
 * precision of one second and can end the wait early; one request then learns the exact wait
 * (`msBeforeNext`), instead of every request in flight getting a 429. Returns the function that
 * gives the request slot back, which also lets the others go once the answer has been noted.
 */
export function takeProbe(key: string, release: () => void): () => void {
	if (!recovering.delete(key)) return release;
	let settle: () => void = () => {};
	probes.set(key, new Promise<void>((resolve) => (settle = resolve)));
	return () => {
		release();
		if (probes.get(key)) {
			probes.delete(key);
			settle();
		}
	};
}

/** Forgets every remembered window; for tests, which share one workspace key. */
export function resetRateLimitState(): void {
	exhaustedUntil.clear();
	paces.clear();
	recovering.clear();
	probes.clear();
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

/** `msBeforeNext` of a 429 body when it is a number; null, text or a missing value is absent. */
function msBeforeNextOf(response: IN8nHttpFullResponse): number | undefined {
	const errors = (response.body as { errors?: Array<{ data?: IDataObject }> } | undefined)?.errors;
	const value = Array.isArray(errors) ? errors[0]?.data?.msBeforeNext : undefined;
	const ms =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim()
				? Number(value)
				: NaN;
	return Number.isFinite(ms) && ms >= 0 ? ms : undefined;
}

/** How long a 429 asks to wait: `msBeforeNext` of the body, else X-RateLimit-Reset, else backoff. */
export function waitAfter429(response: IN8nHttpFullResponse, attempt: number): number {
	return msBeforeNextOf(response) ?? msUntilReset(response) ?? backoff(attempt);
}

/** Regulation types Segment counts against the quota of regulations that reach destinations too. */
const DESTINATION_REGULATION_TYPES = new Set(['DELETE_ONLY', 'SUPPRESS_WITH_DELETE']);

/**
 * Segment counts some operations against a limit of their own (events volume and label, invite
 * and user group writes: 60 per minute; destination subscription writes: 5 per minute; warehouse
 * connection checks and tracking plan rule lists: 200 per minute; regulations: a quota per
 * category of regulation type). Their 429s must not pause the rest of the workspace, so each
 * gets its own window key.
 */
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Operations whose descriptions state a limit of their own, apart from the workspace's. */
const OWN_WINDOWS: Array<{ key: string; methods: string[]; path: RegExp }> = [
	{ key: 'audience-previews', methods: ['POST'], path: /^\/spaces\/[^/]+\/audiences\/previews$/ },
	{ key: 'audience-lists', methods: ['GET'], path: /^\/spaces\/[^/]+\/audiences$/ },
	{ key: 'audience-writes', methods: WRITES, path: /^\/spaces\/[^/]+\/audiences(\/|$)/ },
	{
		key: 'reverse-etl-sync-status',
		methods: ['GET'],
		path: /^\/reverse-etl-models\/[^/]+\/syncs\/[^/]+$/,
	},
	{ key: 'reverse-etl-manual-syncs', methods: ['POST'], path: /^\/reverse-etl-syncs$/ },
	{
		key: 'computed-trait-writes',
		methods: WRITES,
		path: /^\/spaces\/[^/]+\/computed-traits(\/|$)/,
	},
	{ key: 'computed-trait-lists', methods: ['GET'], path: /^\/spaces\/[^/]+\/computed-traits$/ },
	{
		key: 'messaging-subscription-writes',
		methods: ['PUT'],
		path: /^\/spaces\/[^/]+\/messaging-subscriptions$/,
	},
	{
		key: 'warehouse-syncs',
		methods: ['GET', 'PATCH', 'PUT'],
		path: /^\/warehouses\/[^/]+\/(syncs|selective-sync|advanced-sync-schedule|connected-sources\/[^/]+\/(syncs|selective-syncs))$/,
	},
	{
		key: 'customer-insights-downloads',
		methods: ['POST'],
		path: /^\/customer-insights\/download$/,
	},
	{ key: 'dbt-model-sync-triggers', methods: ['POST'], path: /^\/dbt-model-syncs\/trigger$/ },
];

export function rateLimitGroup(method: string, path: string, body?: IDataObject): string {
	if (/^\/events\/volume(\/|$)/.test(path)) return 'events-volume';
	if (/^\/warehouses\/[^/]+\/connection-state$/.test(path)) return 'warehouse-connection-state';
	if (method === 'GET' && /^\/tracking-plans\/[^/]+\/rules$/.test(path)) {
		return 'tracking-plan-rules';
	}
	const own = OWN_WINDOWS.find(
		(window) => window.methods.includes(method) && window.path.test(path),
	);
	if (own) return own.key;
	if (method === 'GET') return 'workspace';
	if (/^\/regulations(\/|$)/.test(path)) {
		return DESTINATION_REGULATION_TYPES.has(String(body?.regulationType))
			? 'regulations-segment-and-destinations'
			: 'regulations-segment-only';
	}
	if (/^\/destinations\/[^/]+\/subscriptions(\/|$)/.test(path)) return 'subscription-writes';
	if (/^\/labels(\/|$)/.test(path)) return 'label-writes';
	if (/^\/invites(\/|$)/.test(path)) return 'invite-writes';
	if (/^\/groups?(\/|$)/.test(path)) return 'user-group-writes';
	return 'workspace';
}

export function backoff(attempt: number): number {
	return Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** attempt);
}
