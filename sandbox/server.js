'use strict';

/**
 * A local, stateful stand-in for the Segment Public API (dev-only; node: built-ins only).
 *
 *   const { startSandbox } = require('./sandbox/server');
 *   const sandbox = await startSandbox({ port: 0, sources: 10000, rateLimit: { points: 100, windowMs: 10000 } });
 *   // sandbox.url, sandbox.token, sandbox.workspace, sandbox.counters, sandbox.setFaults({...}), await sandbox.close()
 *
 * See sandbox/README.md for the routes and the behaviour it imitates.
 */

const http = require('node:http');
const { makeRng } = require('./seed');
const { ApiError, invalidOne } = require('./lib/errors');
const { MASK } = require('./lib/secrets');
const { createWorkspace } = require('./lib/workspace');

const HOST = '127.0.0.1';
const DEFAULT_TOKEN = 'sandbox-token';
const MAX_BODY_BYTES = 25 * 1024 * 1024;
/** Used for the X-RateLimit-* headers when no rate limit is configured. */
const NOMINAL_RATE_LIMIT = { points: 1000000, windowMs: 60000 };
const OPERATION_LIMITS = {
	eventsVolume: { points: 60, windowMs: 60000 },
	subscriptionWrites: { points: 5, windowMs: 60000 },
	trackingPlanRules: { points: 200, windowMs: 60000 },
};
/**
 * Regulation creates have their own quota, always on, counted per category: Segment-only and
 * Segment & Destination regulation types. 600 per minute each unless `regulationQuota` says otherwise.
 */
const REGULATION_QUOTA = { points: 600, windowMs: 60000 };
const GENERIC_TYPES = ['application/json', '*/*', 'application/*'];

/**
 * Starts the sandbox on 127.0.0.1.
 * @param {object} [options] see server.d.ts
 */
async function startSandbox(options = {}) {
	const seed = Number.isInteger(options.seed) ? options.seed : 20240101;
	const faultRng = makeRng(seed ^ 0x5eed);
	const clock = typeof options.now === 'function' ? options.now : () => Date.now();
	const log = typeof options.log === 'function' ? options.log : undefined;
	const maxBodyBytes = options.maxBodyBytes || MAX_BODY_BYTES;
	/** true (default): alpha-only endpoints need Accept v1alpha; false: application/json, any type or no Accept also reach them. */
	const strictAlpha = options.strictAlpha !== false;

	const faults = {
		rateLimit: null,
		failRate: 0,
		failStatuses: [500, 503],
		latencyMs: 0,
		latencyJitterMs: 0,
		operationLimits: false,
		regulationQuota: { ...REGULATION_QUOTA },
	};
	/** Fixed windows: global, one per OPERATION_LIMITS key, and one per regulation quota category. */
	const windows = { global: null };
	const counters = {
		requests: 0,
		rateLimited: 0,
		faultsInjected: 0,
		unauthorized: 0,
		notAcceptable: 0,
		byStatus: {},
	};

	function setFaults(next = {}) {
		const input = { ...next };
		if ('rateLimit' in input) {
			const limit = input.rateLimit;
			if (limit && !(limit.points > 0 && limit.windowMs > 0))
				throw new Error('rateLimit needs points > 0 and windowMs > 0');
			faults.rateLimit = limit
				? { points: Math.floor(limit.points), windowMs: Math.floor(limit.windowMs) }
				: null;
			windows.global = null;
		}
		if ('failRate' in input) {
			const rate = Number(input.failRate || 0);
			if (!(rate >= 0 && rate <= 1)) throw new Error('failRate must be between 0 and 1');
			faults.failRate = rate;
		}
		if ('failStatuses' in input)
			faults.failStatuses =
				input.failStatuses && input.failStatuses.length ? [...input.failStatuses] : [500, 503];
		if ('latencyMs' in input) faults.latencyMs = Math.max(0, Number(input.latencyMs || 0));
		if ('latencyJitterMs' in input)
			faults.latencyJitterMs = Math.max(0, Number(input.latencyJitterMs || 0));
		if ('operationLimits' in input) {
			faults.operationLimits = Boolean(input.operationLimits);
			for (const name of Object.keys(OPERATION_LIMITS)) windows[name] = null;
		}
		if ('regulationQuota' in input) {
			// null or undefined: back to Segment's 600 per minute.
			const quota = input.regulationQuota || REGULATION_QUOTA;
			if (!(quota.points > 0 && quota.windowMs > 0))
				throw new Error('regulationQuota needs points > 0 and windowMs > 0');
			faults.regulationQuota = {
				points: Math.floor(quota.points),
				windowMs: Math.floor(quota.windowMs),
			};
			windows.regulationsSegmentOnly = null;
			windows.regulationsWithDestinations = null;
		}
		return { ...faults };
	}
	setFaults({ ...options, ...(options.faults || {}) });

	/** Fixed-window limiter in the style of rate-limiter-flexible: rejected requests still consume. */
	function consume(name, limit) {
		const now = clock();
		let window = windows[name];
		if (!window || now >= window.resetAt) {
			window = windows[name] = { consumed: 0, resetAt: now + limit.windowMs };
		}
		window.consumed += 1;
		return {
			allowed: window.consumed <= limit.points,
			consumed: window.consumed,
			remaining: Math.max(0, limit.points - window.consumed),
			msBeforeNext: Math.max(0, window.resetAt - now),
			resetAt: window.resetAt,
		};
	}

	function rateLimitHeaders(result) {
		return {
			'X-RateLimit-Consumed': String(result.consumed),
			'X-RateLimit-Remaining': String(result.remaining),
			'X-RateLimit-Reset': new Date(result.resetAt).toUTCString(),
		};
	}

	function tooManyRequests(result) {
		return new ApiError(
			429,
			[
				{
					type: 'RequestError',
					message: 'Too many requests',
					data: {
						remainingPoints: 0,
						msBeforeNext: result.msBeforeNext,
						consumedPoints: result.consumed,
					},
				},
			],
			rateLimitHeaders(result),
		);
	}

	/** Counts a regulation create against its category's quota, whose X-RateLimit-* headers it answers with. */
	function chargeRegulationQuota(ctx, category) {
		const quota = consume(category, faults.regulationQuota);
		if (!quota.allowed) throw tooManyRequests(quota);
		Object.assign(ctx.headers, rateLimitHeaders(quota));
	}

	// -------------------------------------------------------------------------------------------
	// Workspaces, told apart by their token
	// -------------------------------------------------------------------------------------------

	const entries = Array.isArray(options.workspaces)
		? options.workspaces
		: [{ token: options.token, sources: options.sources, seed: options.seed }];
	if (entries.length === 0) throw new Error('workspaces needs at least one entry');
	const workspaces = entries.map((entry, index) => {
		const workspaceToken = entry.token || (index === 0 ? options.token || DEFAULT_TOKEN : '');
		if (!workspaceToken) throw new Error(`workspaces[${index}] needs a token`);
		return {
			token: workspaceToken,
			...createWorkspace({
				index,
				seed: Number.isInteger(entry.seed) ? entry.seed : seed + index,
				sources: entry.sources === undefined && index === 0 ? options.sources : entry.sources,
				slug: entry.slug,
				name: entry.name,
				clock,
				log,
				delivery: options.delivery,
				chargeRegulationQuota,
			}),
		};
	});
	const byToken = new Map();
	const slugs = new Set();
	for (const workspace of workspaces) {
		if (byToken.has(workspace.token))
			throw new Error(`Two workspaces use the token "${workspace.token}"`);
		if (slugs.has(workspace.state.workspace.slug))
			throw new Error(`Two workspaces use the slug "${workspace.state.workspace.slug}"`);
		byToken.set(workspace.token, workspace);
		slugs.add(workspace.state.workspace.slug);
	}
	const [primary] = workspaces;

	// -------------------------------------------------------------------------------------------
	// HTTP plumbing
	// -------------------------------------------------------------------------------------------

	/** Picks the response media type; undefined when the Accept header allows none we serve. */
	function negotiate(acceptHeader, alpha, beta) {
		const ranges = String(acceptHeader || '')
			.split(',')
			.map((part) => {
				const [type, ...params] = part.split(';').map((item) => item.trim().toLowerCase());
				const q = params.find((param) => param.startsWith('q='));
				return { type, q: q ? Number(q.slice(2)) : 1 };
			})
			.filter((range) => range.type && range.q > 0)
			.sort((a, b) => b.q - a.q);
		const versioned = /^application\/vnd\.segment\.(v1|v1beta|v1alpha)\+json$/;
		if (alpha) {
			const ALPHA = 'application/vnd.segment.v1alpha+json';
			if (ranges.some((range) => range.type === ALPHA)) return ALPHA;
			// Lenient mode: an unversioned Accept falls back to the alpha version, as Segment's
			// versioning docs describe and as the official SDK (which sends application/json) relies on.
			if (
				!strictAlpha &&
				(ranges.length === 0 || ranges.some((range) => GENERIC_TYPES.includes(range.type)))
			)
				return ALPHA;
			return undefined;
		}
		if (beta) {
			// Beta-only endpoints (space filters) serve v1beta and v1alpha, never v1.
			for (const range of ranges) {
				if (/^application\/vnd\.segment\.(v1beta|v1alpha)\+json$/.test(range.type))
					return range.type;
			}
			const generic =
				ranges.length === 0 || ranges.some((range) => GENERIC_TYPES.includes(range.type));
			return generic ? 'application/vnd.segment.v1beta+json' : undefined;
		}
		if (ranges.length === 0) return 'application/vnd.segment.v1+json';
		for (const range of ranges) {
			if (versioned.test(range.type)) return range.type;
			if (GENERIC_TYPES.includes(range.type)) return 'application/vnd.segment.v1+json';
		}
		return undefined;
	}

	function send(res, status, payload, contentType, headers = {}) {
		if (res.headersSent || res.destroyed) return;
		const body = JSON.stringify(payload);
		counters.requests += 1;
		counters.byStatus[status] = (counters.byStatus[status] || 0) + 1;
		if (status === 429) counters.rateLimited += 1;
		res.writeHead(status, {
			'Content-Type': contentType,
			'Content-Length': Buffer.byteLength(body),
			...headers,
		});
		res.end(body);
	}

	function sendError(res, error, headers = {}) {
		send(res, error.status, { errors: error.errors }, 'application/json', {
			...headers,
			...error.headers,
		});
	}

	const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

	async function handle(req, res, rawBody, tooLarge) {
		const raw = req.url && req.url.startsWith('/') ? req.url : `/${req.url || ''}`;
		const url = new URL(`http://${HOST}${raw}`);
		const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
		const method = (req.method || 'GET').toUpperCase();

		// The Tracking API answers on its own terms: write keys, no Public API faults or limits.
		if (primary.tracking.handles(method, path)) {
			if (tooLarge) {
				return sendError(
					res,
					new ApiError(413, [{ type: 'PayloadTooLarge', message: 'Payload too large' }]),
				);
			}
			const owner = workspaces.find((workspace) => workspace.tracking.owns(req, rawBody));
			return (owner || primary).tracking.handle(req, res, rawBody, path);
		}

		const latency =
			faults.latencyMs + (faults.latencyJitterMs ? faultRng() * faults.latencyJitterMs : 0);
		if (latency > 0) await sleep(latency);

		const auth = /^bearer\s+(.+)$/i.exec(String(req.headers.authorization || '').trim());
		const workspace = auth && byToken.get(auth[1]);
		if (!workspace) {
			counters.unauthorized += 1;
			return sendError(res, new ApiError(401, [{ type: 'unauthorized', message: 'Unauthorized' }]));
		}

		const global = consume('global', faults.rateLimit || NOMINAL_RATE_LIMIT);
		const limitHeaders = rateLimitHeaders(global);
		if (!global.allowed) return sendError(res, tooManyRequests(global));

		if (tooLarge) {
			return sendError(
				res,
				new ApiError(413, [{ type: 'PayloadTooLarge', message: 'Payload too large' }]),
				limitHeaders,
			);
		}

		const found = workspace.match(method, path);
		if (!found) {
			return sendError(
				res,
				new ApiError(404, [{ type: 'NotFound', message: `Route not found: ${method} ${path}` }]),
				limitHeaders,
			);
		}
		const { route: match, params } = found;

		const contentType = negotiate(req.headers.accept, match.alpha, match.beta);
		if (!contentType) {
			counters.notAcceptable += 1;
			const message = match.alpha
				? 'This endpoint is only available in v1alpha: send Accept: application/vnd.segment.v1alpha+json'
				: 'Unsupported Accept header: use application/vnd.segment.v1+json, v1beta+json or v1alpha+json';
			return sendError(res, new ApiError(406, [{ type: 'NotAcceptable', message }]), limitHeaders);
		}

		if (match.limit && faults.operationLimits) {
			const result = consume(match.limit, OPERATION_LIMITS[match.limit]);
			if (!result.allowed) return sendError(res, tooManyRequests(result));
		}

		if (faults.failRate > 0 && faultRng() < faults.failRate) {
			counters.faultsInjected += 1;
			const status = faults.failStatuses[Math.floor(faultRng() * faults.failStatuses.length)];
			const message = status === 503 ? 'Service unavailable' : 'Internal server error';
			return sendError(
				res,
				new ApiError(status, [
					{ type: status === 503 ? 'ServiceUnavailable' : 'InternalServerError', message },
				]),
				limitHeaders,
			);
		}

		let body;
		if (rawBody.length > 0) {
			try {
				body = JSON.parse(rawBody.toString('utf8'));
			} catch {
				return sendError(
					res,
					invalidOne('body', 'The request body is not valid JSON'),
					limitHeaders,
				);
			}
		}

		try {
			// Handlers may add response headers (e.g. a regulation quota's X-RateLimit-*) to ctx.headers.
			const ctx = { params, query: url.searchParams, body, method, path, headers: {} };
			const data = match.handler(ctx);
			send(res, match.status || 200, { data }, contentType, { ...limitHeaders, ...ctx.headers });
		} catch (error) {
			if (error instanceof ApiError) return sendError(res, error, limitHeaders);
			if (log) log(`sandbox: ${method} ${path} failed: ${error && error.stack}`);
			return sendError(
				res,
				new ApiError(500, [{ type: 'InternalServerError', message: 'Internal server error' }]),
				limitHeaders,
			);
		}
		return undefined;
	}

	const server = http.createServer((req, res) => {
		const chunks = [];
		let size = 0;
		let tooLarge = false;
		req.on('data', (chunk) => {
			size += chunk.length;
			if (size > maxBodyBytes) tooLarge = true;
			else chunks.push(chunk);
		});
		req.on('end', () => {
			handle(req, res, tooLarge ? Buffer.alloc(0) : Buffer.concat(chunks), tooLarge)
				.catch((error) => {
					if (log) log(`sandbox: ${error && error.stack}`);
					sendError(
						res,
						new ApiError(500, [{ type: 'InternalServerError', message: 'Internal server error' }]),
					);
				})
				.finally(() => {
					if (log) log(`${req.method} ${req.url} -> ${res.statusCode}`);
				});
		});
		req.on('error', () => res.destroy());
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port || 0, HOST, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address();

	let closing;
	return {
		url: `http://${HOST}:${port}`,
		port,
		token: primary.token,
		workspace: { ...primary.state.workspace },
		counters,
		state: primary.state,
		tracking: primary.tracking.api,
		workspaces: workspaces.map((workspace) => ({
			token: workspace.token,
			workspace: { ...workspace.state.workspace },
			state: workspace.state,
			tracking: workspace.tracking.api,
		})),
		setFaults,
		getFaults: () => ({
			...faults,
			rateLimit: faults.rateLimit && { ...faults.rateLimit },
			regulationQuota: { ...faults.regulationQuota },
			failStatuses: [...faults.failStatuses],
		}),
		resetCounters() {
			counters.requests = 0;
			counters.rateLimited = 0;
			counters.faultsInjected = 0;
			counters.unauthorized = 0;
			counters.notAcceptable = 0;
			counters.byStatus = {};
		},
		close() {
			if (!closing) {
				closing = new Promise((resolve) => {
					server.close(() => resolve());
					server.closeAllConnections();
				});
			}
			return closing;
		},
	};
}

module.exports = { startSandbox, DEFAULT_TOKEN, MASK };
