/** Types of sandbox/server.js, a local stand-in for the Segment Public API (dev-only). */

export interface SandboxRateLimit {
	/** Requests allowed per window. */
	points: number;
	windowMs: number;
}

export interface SandboxFaults {
	/** Fixed-window limit per token; null turns it off (headers then show a nominal 1,000,000/min). */
	rateLimit?: SandboxRateLimit | null;
	/** Share (0..1) of authenticated, routed requests answered with one of `failStatuses`. */
	failRate?: number;
	/** Statuses used by `failRate`; default [500, 503]. */
	failStatuses?: number[];
	/** Delay added before every response. */
	latencyMs?: number;
	/** Extra random delay, 0..latencyJitterMs, on top of latencyMs. */
	latencyJitterMs?: number;
	/**
	 * Also enforce the documented per-operation limits: events volume 60/min, subscription writes
	 * 5/min, tracking plan rule lists 200/min.
	 */
	operationLimits?: boolean;
	/**
	 * Quota of regulation creates (always enforced), counted separately for Segment-only types
	 * (DELETE_INTERNAL, SUPPRESS_WITH_DELETE_INTERNAL, SUPPRESS_ONLY, UNSUPPRESS, DELETE_ARCHIVE_ONLY)
	 * and Segment & Destination types (DELETE_ONLY, SUPPRESS_WITH_DELETE); their responses carry
	 * that quota's X-RateLimit-* headers. Default { points: 600, windowMs: 60000 }; null restores it.
	 */
	regulationQuota?: SandboxRateLimit | null;
}

export interface SandboxOptions extends SandboxFaults {
	/** Port on 127.0.0.1; 0 (default) picks a free one. */
	port?: number;
	/** Bearer token to accept; default 'sandbox-token'. */
	token?: string;
	/** Number of sources in the workspace; default 6 (the demo sources). */
	sources?: number;
	/** Seed for generated IDs and injected failures; default 20240101. */
	seed?: number;
	/** Faults, merged over the top-level fault options. */
	faults?: SandboxFaults;
	/**
	 * true (default): alpha-only endpoints (destination subscriptions, function versions) answer
	 * 406 unless Accept names application/vnd.segment.v1alpha+json. false: an unversioned Accept
	 * (application/json, *\/*, none) also reaches them, as Segment's own SDK expects.
	 */
	strictAlpha?: boolean;
	/** Largest request body accepted before 413; default 25 MB. */
	maxBodyBytes?: number;
	/** Clock in ms since the epoch; default Date.now. */
	now?: () => number;
	/** Receives one line per request and internal errors. */
	log?: (line: string) => void;
	/** How the Tracking API retries webhook deliveries; default { attempts: 4, backoffMs: 500, timeoutMs: 5000 }. */
	delivery?: Partial<SandboxDelivery>;
	/**
	 * Workspaces served side by side on the same port, each with its own state, IDs, labels and
	 * audit trail, chosen by the request's bearer token (401 when none matches). Faults, rate-limit
	 * windows, the regulation quota and counters are shared. Without it: one workspace, from
	 * `token`, `sources` and `seed`.
	 */
	workspaces?: SandboxWorkspaceOptions[];
}

export interface SandboxWorkspaceOptions {
	/** Bearer token of this workspace, unique; the first entry defaults to `token` or 'sandbox-token'. */
	token?: string;
	/** Unique; default 'acme-sandbox' for the first entry, 'acme-sandbox-<n>' for the n-th. */
	slug?: string;
	/**
	 * Default: from the slug when one is given ('acme-production': 'Acme Production'), else
	 * 'Acme Sandbox' for the first entry, 'Acme Sandbox <n>' for the n-th.
	 */
	name?: string;
	/**
	 * Number of sources; default 6 (the demo sources; the first entry defaults to the top-level
	 * `sources`). 0: no sources, destinations, subscriptions, filters, transformations or labels.
	 */
	sources?: number;
	/** Seed for this workspace's IDs; default the top-level `seed` plus the entry's index. */
	seed?: number;
}

export interface SandboxDelivery {
	/** Tries per delivery, the first included. */
	attempts: number;
	/** Wait before the second try; doubled before each further one. */
	backoffMs: number;
	/** A try not answered in this time counts as failed. */
	timeoutMs: number;
}

export interface SandboxDeliveryRecord {
	id: string;
	destinationId: string;
	subscriptionId: string;
	url: string;
	messageIds: string[];
	queuedAt: number;
	doneAt?: number;
	attempts: Array<{ at: number; ms: number; status?: number; error?: string }>;
	delivered: boolean;
	done: boolean;
}

/** The HTTP Tracking API (POST /v1/track, ..., /v1/batch) and its webhook deliveries. */
export interface SandboxTracking {
	/** Every delivery so far, oldest first. */
	deliveries: SandboxDeliveryRecord[];
	counters: { calls: number; rejected: number; deliveries: number; delivered: number; failed: number };
	/** Resolves once every delivery started so far has succeeded or given up. */
	settle(): Promise<void>;
	setDelivery(delivery: Partial<SandboxDelivery>): SandboxDelivery;
	getDelivery(): SandboxDelivery;
}

export interface SandboxCounters {
	/** Responses sent with a status (all of them, errors included). */
	requests: number;
	/** 429 responses sent. */
	rateLimited: number;
	/** 500/503 responses injected by failRate. */
	faultsInjected: number;
	unauthorized: number;
	notAcceptable: number;
	byStatus: Record<string, number>;
}

export interface SandboxWorkspace {
	id: string;
	name: string;
	slug: string;
}

/** One served workspace. */
export interface SandboxServedWorkspace {
	token: string;
	workspace: SandboxWorkspace;
	/** The in-memory workspace (Maps of sources, destinations, ...); raw, secrets uncensored. */
	state: Record<string, unknown>;
	/** Deliveries of the events sent with this workspace's write keys. */
	tracking: SandboxTracking;
}

export interface Sandbox {
	/** e.g. http://127.0.0.1:4010 */
	url: string;
	port: number;
	/** `token`, `workspace`, `state` and `tracking` are the first workspace's. */
	token: string;
	workspace: SandboxWorkspace;
	/** Live counters (the same object is updated as requests are served), for all workspaces. */
	counters: SandboxCounters;
	/** The in-memory workspace (Maps of sources, destinations, ...); raw, secrets uncensored. */
	state: Record<string, unknown>;
	tracking: SandboxTracking;
	/** Every workspace served, the first included, in the order of `options.workspaces`. */
	workspaces: SandboxServedWorkspace[];
	/**
	 * Changes only the keys given; `rateLimit`, `operationLimits` and `regulationQuota` also restart
	 * their windows.
	 */
	setFaults(faults: SandboxFaults): SandboxFaults;
	getFaults(): Required<SandboxFaults>;
	resetCounters(): void;
	close(): Promise<void>;
}

export function startSandbox(options?: SandboxOptions): Promise<Sandbox>;

export const DEFAULT_TOKEN: string;
export const MASK: string;
