'use strict';
// A small Segment HTTP Tracking API (POST /v1/track, identify, page, screen, group, alias, batch),
// authenticated as Segment's is: HTTP Basic with a source's write key as the user name (or
// "writeKey" in the body). Each accepted call is delivered to the Webhooks (Actions) destinations
// connected to that source: every enabled subscription of the Send action whose trigger (FQL,
// lib/fql.js) matches. A delivery is signed as Segment signs it when the destination has a
// sharedSecret (X-Signature: hex HMAC-SHA1 of the body), and retried on a non-2xx answer, a
// network error or a timeout, with exponential backoff. Dev-only.

const http = require('node:http');
const https = require('node:https');
const { createHmac, randomUUID } = require('node:crypto');
const fql = require('./lib/fql');

const CALLS = ['track', 'identify', 'page', 'screen', 'group', 'alias'];
const WEBHOOK_METADATA_ID = '614a3c7d791c91c41bae7599';
/** Segment retries for hours; the sandbox a few times, quickly (tests shorten it further). */
const DEFAULT_DELIVERY = { attempts: 4, backoffMs: 500, timeoutMs: 5000 };

function resolveMapping(mapping, event) {
	if (mapping === undefined) return event;
	if (mapping && typeof mapping === 'object' && !Array.isArray(mapping)) {
		if (typeof mapping['@path'] === 'string') {
			const path = mapping['@path'].replace(/^\$\.?/, '');
			if (path === '') return event;
			let current = event;
			for (const key of path.split('.')) {
				if (current === null || typeof current !== 'object') return undefined;
				current = current[key];
			}
			return current;
		}
		const out = {};
		for (const [key, child] of Object.entries(mapping)) out[key] = resolveMapping(child, event);
		return out;
	}
	return mapping;
}

/**
 * @param {{ state: object, clock: () => number, log?: (line: string) => void, delivery?: object }} sandbox
 */
function createTracking({ state, clock, log, delivery }) {
	const options = { ...DEFAULT_DELIVERY, ...(delivery || {}) };
	/** Every delivery, newest last: { id, destinationId, subscriptionId, url, messageIds, attempts: [{ at, status, error }], delivered, done } */
	const deliveries = [];
	const pending = new Set();
	const counters = { calls: 0, rejected: 0, deliveries: 0, delivered: 0, failed: 0 };

	function sourceByWriteKey(writeKey) {
		if (!writeKey) return undefined;
		for (const source of state.sources.values()) {
			if (source.writeKeys.includes(writeKey)) return source;
		}
		return undefined;
	}

	function writeKeyOf(req, body) {
		const basic = /^basic\s+(.+)$/i.exec(String(req.headers.authorization || '').trim());
		if (basic) {
			const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
			return decoded.split(':')[0];
		}
		return body && typeof body.writeKey === 'string' ? body.writeKey : undefined;
	}

	/** The event as Segment stores it: type, messageId, timestamps, context. */
	function normalise(call, type, sentAt) {
		const now = new Date(clock()).toISOString();
		const event = { ...call, type };
		delete event.writeKey;
		event.messageId = typeof call.messageId === 'string' && call.messageId ? call.messageId : `api-${randomUUID()}`;
		event.timestamp = call.timestamp || now;
		event.receivedAt = now;
		event.sentAt = call.sentAt || sentAt || now;
		event.context = call.context && typeof call.context === 'object' ? call.context : {};
		event.integrations = call.integrations && typeof call.integrations === 'object' ? call.integrations : {};
		return event;
	}

	function problemOf(call, type) {
		if (!CALLS.includes(type)) return `Unknown type "${type}"`;
		if (!call.userId && !call.anonymousId) return 'userId or anonymousId is required';
		if (type === 'track' && (typeof call.event !== 'string' || call.event === ''))
			return 'event is required for track calls';
		if (type === 'group' && !call.groupId) return 'groupId is required for group calls';
		if (type === 'alias' && !call.previousId) return 'previousId is required for alias calls';
		return undefined;
	}

	function subscriptionsFor(source) {
		const targets = [];
		if (!source.enabled) return targets;
		for (const destination of state.destinations.values()) {
			if (destination.sourceId !== source.id || !destination.enabled) continue;
			if (destination.metadataId !== WEBHOOK_METADATA_ID) continue;
			for (const subscription of state.subscriptions.values()) {
				if (subscription.destinationId !== destination.id || !subscription.enabled) continue;
				if (subscription.actionSlug !== 'send') continue;
				targets.push({ destination, subscription });
			}
		}
		return targets;
	}

	function matchesTrigger(subscription, event) {
		try {
			return fql.matches(subscription.trigger, event);
		} catch {
			return false;
		}
	}

	function post(url, method, headers, body) {
		return new Promise((resolve) => {
			let target;
			try {
				target = new URL(url);
			} catch {
				resolve({ error: 'invalid URL' });
				return;
			}
			const client = target.protocol === 'https:' ? https : http;
			const request = client.request(
				target,
				{ method, headers: { ...headers, 'Content-Length': Buffer.byteLength(body) }, timeout: options.timeoutMs },
				(response) => {
					response.resume();
					response.on('end', () => resolve({ status: response.statusCode }));
					response.on('error', (error) => resolve({ error: error.message }));
				},
			);
			request.on('timeout', () => request.destroy(new Error('timeout')));
			request.on('error', (error) => resolve({ error: error.message }));
			request.end(body);
		});
	}

	async function deliver(destination, subscription, payload, messageIds) {
		const settings = subscription.settings || {};
		const body = JSON.stringify(payload);
		const headers = { 'Content-Type': 'application/json', 'User-Agent': 'Segment (Actions)' };
		for (const [name, value] of Object.entries(settings.headers || {})) headers[name] = String(value);
		const secret = destination.settings && destination.settings.sharedSecret;
		if (typeof secret === 'string' && secret !== '')
			headers['X-Signature'] = createHmac('sha1', secret).update(body).digest('hex');
		const record = {
			id: `dlv_${deliveries.length + 1}`,
			destinationId: destination.id,
			subscriptionId: subscription.id,
			url: settings.url,
			messageIds,
			queuedAt: clock(),
			attempts: [],
			delivered: false,
			done: false,
		};
		deliveries.push(record);
		counters.deliveries += 1;
		for (let attempt = 0; attempt < options.attempts; attempt++) {
			if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, options.backoffMs * 2 ** (attempt - 1)));
			const at = clock();
			const result = await post(settings.url, settings.method || 'POST', headers, body);
			record.attempts.push({ at, ms: clock() - at, ...result });
			if (result.status >= 200 && result.status < 300) {
				record.delivered = true;
				break;
			}
		}
		record.done = true;
		record.doneAt = clock();
		if (record.delivered) counters.delivered += 1;
		else counters.failed += 1;
		if (log) log(`tracking: delivery ${record.id} to ${record.url} ${record.delivered ? 'delivered' : 'failed'} after ${record.attempts.length} attempt(s)`);
	}

	function schedule(promise) {
		pending.add(promise);
		promise.finally(() => pending.delete(promise));
	}

	/** Delivers the accepted events of one request: batched per subscription when it asks for it. */
	function fanOut(source, events) {
		for (const { destination, subscription } of subscriptionsFor(source)) {
			const matching = events.filter((event) => matchesTrigger(subscription, event));
			if (matching.length === 0) continue;
			const mapping = subscription.settings && subscription.settings.data;
			if (subscription.settings && subscription.settings.enable_batching === true) {
				schedule(deliver(destination, subscription, matching.map((event) => resolveMapping(mapping, event)), matching.map((event) => event.messageId)));
			} else {
				for (const event of matching)
					schedule(deliver(destination, subscription, resolveMapping(mapping, event), [event.messageId]));
			}
		}
	}

	function reply(res, status, payload) {
		const body = JSON.stringify(payload);
		res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
		res.end(body);
	}

	/** Whether a request is for the Tracking API. */
	function handles(method, path) {
		return method === 'POST' && /^\/v1\/(track|identify|page|screen|group|alias|batch)$/.test(path);
	}

	/** Whether the request's write key belongs to a source of this workspace. */
	function owns(req, rawBody) {
		let body;
		try {
			body = JSON.parse(rawBody.toString('utf8') || 'null');
		} catch {
			body = undefined;
		}
		return sourceByWriteKey(writeKeyOf(req, body)) !== undefined;
	}

	function handle(req, res, rawBody, path) {
		counters.calls += 1;
		let body;
		try {
			body = JSON.parse(rawBody.toString('utf8') || 'null');
		} catch {
			counters.rejected += 1;
			return reply(res, 400, { success: false, message: 'Invalid JSON' });
		}
		if (!body || typeof body !== 'object' || Array.isArray(body)) {
			counters.rejected += 1;
			return reply(res, 400, { success: false, message: 'The body must be a JSON object' });
		}
		const source = sourceByWriteKey(writeKeyOf(req, body));
		if (!source) {
			counters.rejected += 1;
			return reply(res, 401, { success: false, message: 'Invalid write key' });
		}
		const kind = path.slice('/v1/'.length);
		const calls =
			kind === 'batch'
				? Array.isArray(body.batch)
					? body.batch.map((call) => [call, call && call.type])
					: undefined
				: [[body, kind]];
		if (!calls) {
			counters.rejected += 1;
			return reply(res, 400, { success: false, message: '"batch" must be an array' });
		}
		for (const [call, type] of calls) {
			const problem = call && typeof call === 'object' ? problemOf(call, type) : 'Each call must be an object';
			if (problem) {
				counters.rejected += 1;
				return reply(res, 400, { success: false, message: problem });
			}
		}
		const events = calls.map(([call, type]) => normalise(call, type, body.sentAt));
		fanOut(source, events);
		return reply(res, 200, { success: true });
	}

	return {
		handles,
		owns,
		handle,
		api: {
			deliveries,
			counters,
			/** Resolves once every delivery started so far has succeeded or given up. */
			async settle() {
				while (pending.size > 0) await Promise.allSettled([...pending]);
			},
			setDelivery(next = {}) {
				Object.assign(options, next);
				return { ...options };
			},
			getDelivery: () => ({ ...options }),
		},
	};
}

module.exports = { createTracking, resolveMapping, WEBHOOK_METADATA_ID, DEFAULT_DELIVERY };
