'use strict';
// Delivery health of the sandbox (dev-only): Delivery Overview (v1beta), a destination's delivery
// metrics summary (v1beta) and the workspace's usage (API calls and MTUs per day).
//
// Every number comes from one deterministic traffic model: the events a source receives are those
// of the Event Volume endpoint (same seeded profiles, same hourly counts), and each pipeline step
// takes a share of them that depends only on the source, destination, event and hour. So the steps
// add up (received = failed on ingest + filtered at source + what reaches each destination, which
// is filtered there, failed or delivered), and asking for a day by hour or by day gives the same
// total. "Order Webhook" fails about 18% of its deliveries (its endpoint times out and answers
// 5xx); the other destinations fail about 1%. Disabled destinations receive nothing.

const { hash32 } = require('../seed');

const MINUTE = 60000;
const HOUR = 3600000;
const DAY = 86400000;
const GRANULARITY_MS = { DAY, HOUR, MINUTE };
/** Segment's limits on the time range of Delivery Overview: longest span, oldest start. */
const RANGE_LIMITS = {
	MINUTE: { span: 4 * HOUR, oldest: 48 * HOUR, text: '4 hours, starting within the last 48 hours' },
	HOUR: { span: 14 * DAY, oldest: 30 * DAY, text: '14 days, starting within the last 30 days' },
	DAY: { span: 30 * DAY, oldest: 30 * DAY, text: '30 days, starting within the last 30 days' },
};

const SOURCE_DIMENSIONS = ['eventName', 'eventType', 'discardReason', 'appVersion'];
const DESTINATION_DIMENSIONS = [
	...SOURCE_DIMENSIONS,
	'subscriptionId',
	'activationId',
	'audienceId',
	'spaceId',
];

/** The pipeline steps: path, the dimensions Segment accepts, whether a destination is needed. */
const STEPS = {
	'successfully-received': { dims: ['eventName', 'eventType', 'appVersion'], destination: false },
	'failed-on-ingest': { dims: SOURCE_DIMENSIONS, destination: false },
	'filtered-at-source': { dims: SOURCE_DIMENSIONS, destination: false },
	'filtered-at-destination': { dims: DESTINATION_DIMENSIONS, destination: true },
	'failed-delivery': { dims: DESTINATION_DIMENSIONS, destination: true },
	'successful-delivery': { dims: DESTINATION_DIMENSIONS, destination: true },
};

/** Discard reasons of each discard step, with their shares. */
const REASONS = {
	ingest: [
		['ingestion.invalid_timestamp', 0.6],
		['ingestion.payload_too_large', 0.4],
	],
	source: [['protocols.unplanned_event', 1]],
	destinationFilter: [['filters.destination_filter', 1]],
	destinationOther: [['filters.integrations_object', 1]],
	failingEndpoint: [
		['integrations.server_error', 0.7],
		['integrations.timeout', 0.3],
	],
	healthyEndpoint: [
		['integrations.rate_limited', 0.6],
		['integrations.bad_request', 0.4],
	],
};

/** Destinations with a failing endpoint, by name: their failure share of the events they get. */
const FAILING_DESTINATIONS = { 'Order Webhook': 0.18 };

const unit = (key) => hash32(key) / 4294967296;

/** Events of `perHour` (spread evenly over the minutes of the hour) in the minutes [a, b). */
function portion(perHour, a, b) {
	const base = Math.floor(perHour / 60);
	const extra = perHour % 60;
	return (b - a) * base + Math.max(0, Math.min(b, extra) - a);
}

/** Splits `n` over weighted reasons, the rounding going to the last one. */
function splitReasons(n, reasons) {
	const out = [];
	let left = n;
	reasons.forEach(([reason, share], index) => {
		const count = index === reasons.length - 1 ? left : Math.min(left, Math.round(n * share));
		left -= count;
		out.push([reason, count]);
	});
	return out;
}

module.exports = function register(context) {
	const { route, state, clock, paginate, queryArray, queryValue, notFound, invalid, invalidOne } =
		context;
	const { getSource, getDestination } = context;

	// ---------------------------------------------------------------------------------------
	// Traffic model
	// ---------------------------------------------------------------------------------------

	/** The event series of a source: [eventName, eventType, appVersion, peak events per hour]. */
	function seriesOf(sourceId) {
		const profile = state.volume.get(sourceId);
		if (!profile) return [];
		const versions = profile.appVersions;
		const out = [];
		for (const [eventName, eventType, peak] of profile.events) {
			versions.forEach((appVersion, index) => {
				const share =
					versions.length === 1 ? 1 : (index + 1) / ((versions.length * (versions.length + 1)) / 2);
				out.push({ eventName, eventType, appVersion, peak: peak * share });
			});
		}
		return out;
	}

	/** Events of one series received in one hour (the Event Volume endpoint's count). */
	function receivedInHour(sourceId, series, hour) {
		const hourOfDay = new Date(hour).getUTCHours();
		const diurnal = 0.55 + 0.45 * Math.sin(((hourOfDay - 9) / 24) * 2 * Math.PI);
		const key = `${sourceId}|${series.eventName}|${series.eventType}|${series.appVersion}`;
		const noise = 0.85 + 0.3 * (hash32(`${key}|${hour}`) / 4294967296);
		return Math.round(series.peak * diurnal * noise);
	}

	/** A share of `n` that wobbles by hour: `rate` on average, never more than `n`. */
	const share = (n, rate, key) => Math.min(n, Math.round(n * rate * (0.6 + 0.8 * unit(key))));

	/** The subscription of an Actions destination an event goes to ('' when none or not Actions). */
	function subscriptionFor(destination, series) {
		for (const subscription of state.subscriptions.values()) {
			if (subscription.destinationId !== destination.id || !subscription.enabled) continue;
			const trigger = String(subscription.trigger || '');
			if (
				trigger.includes(`type = "${series.eventType}"`) ||
				(series.eventName && trigger.includes(`event = "${series.eventName}"`))
			)
				return subscription.id;
		}
		return '';
	}

	/**
	 * The counts of every step for one series in one hour, each as a list of
	 * [discardReason, count] (the delivered steps have one entry with reason '').
	 */
	function stepsInHour(source, destination, series, hour) {
		const key = `${source.id}|${series.eventName}|${series.eventType}|${series.appVersion}|${hour}`;
		const received = receivedInHour(source.id, series, hour);
		const ingest = share(received, 0.003, `${key}|ingest`);
		const atSource =
			series.eventType === 'track' ? share(received - ingest, 0.012, `${key}|source`) : 0;
		const accepted = received - ingest - atSource;
		const steps = {
			'successfully-received': [['', received]],
			'failed-on-ingest': splitReasons(ingest, REASONS.ingest),
			'filtered-at-source': [[REASONS.source[0][0], atSource]],
		};
		if (!destination) return steps;
		if (!destination.enabled) {
			steps['filtered-at-destination'] = [];
			steps['failed-delivery'] = [];
			steps['successful-delivery'] = [['', 0, 0]];
			return steps;
		}
		const dkey = `${destination.id}|${key}`;
		const filtered = [...state.destinationFilters.values()].some(
			(filter) => filter.destinationId === destination.id && filter.enabled !== false,
		);
		const atDestination = filtered
			? share(accepted, 0.05, `${dkey}|filter`)
			: share(accepted, 0.002, `${dkey}|filter`);
		const offered = accepted - atDestination;
		const failing = FAILING_DESTINATIONS[destination.name];
		const baseRate = failing ?? 0.004 + 0.008 * unit(`${destination.id}|rate`);
		const failed = share(offered, baseRate, `${dkey}|fail`);
		const delivered = offered - failed;
		const retried = share(delivered, failing ? 0.12 : 0.02, `${dkey}|retry`);
		steps['filtered-at-destination'] = [
			[filtered ? REASONS.destinationFilter[0][0] : REASONS.destinationOther[0][0], atDestination],
		];
		steps['failed-delivery'] = splitReasons(
			failed,
			failing ? REASONS.failingEndpoint : REASONS.healthyEndpoint,
		);
		steps['successful-delivery'] = [['', delivered, retried]];
		return steps;
	}

	/**
	 * Walks the hours of [start, end) for every series of the source, calling
	 * visit(series, from, steps, minutes) with the part of the hour inside the range.
	 */
	function walk(source, destination, start, end, visit) {
		const lo = Math.max(start, state.volumeStart);
		const hi = Math.min(end, clock());
		if (hi <= lo) return;
		const all = seriesOf(source.id);
		if (all.length === 0) return;
		for (let hour = Math.floor(lo / HOUR) * HOUR; hour < hi; hour += HOUR) {
			const a = Math.floor((Math.max(lo, hour) - hour) / MINUTE);
			const b = Math.ceil((Math.min(hi, hour + HOUR) - hour) / MINUTE);
			// Minute buckets need the hour cut at each minute; coarser ones take the whole part.
			for (const series of all)
				visit(series, hour, stepsInHour(source, destination, series, hour), a, b);
		}
	}

	// ---------------------------------------------------------------------------------------
	// Validation
	// ---------------------------------------------------------------------------------------

	function readTimes(query, problems, { required, granularity }) {
		const startTime = query.get('startTime');
		const endTime = query.get('endTime');
		const start = startTime ? Date.parse(startTime) : NaN;
		const end = endTime ? Date.parse(endTime) : NaN;
		if (!startTime) {
			if (required) problems.push(['startTime', '"startTime" is required']);
		} else if (Number.isNaN(start))
			problems.push(['startTime', '"startTime" must be an ISO 8601 timestamp']);
		if (!endTime) {
			if (required) problems.push(['endTime', '"endTime" is required']);
		} else if (Number.isNaN(end))
			problems.push(['endTime', '"endTime" must be an ISO 8601 timestamp']);
		else if (!Number.isNaN(start) && end <= start)
			problems.push(['endTime', '"endTime" must be after "startTime"']);
		const limits = granularity && RANGE_LIMITS[granularity];
		if (limits && !Number.isNaN(start) && !Number.isNaN(end) && end > start) {
			const now = clock();
			// A minute of slack: a start computed as "now minus the limit" reaches here a moment later.
			if (now - start > limits.oldest + MINUTE || end - start > limits.span) {
				problems.push([
					'startTime',
					`With granularity ${granularity} the time range can be at most ${limits.text}`,
				]);
			}
		}
		return { start, end, startTime, endTime };
	}

	function readGranularity(query, problems, required) {
		const granularity = query.get('granularity');
		if (!granularity) {
			if (required) problems.push(['granularity', '"granularity" is required']);
			return undefined;
		}
		if (!GRANULARITY_MS[granularity]) {
			problems.push(['granularity', '"granularity" must be one of DAY, HOUR, MINUTE']);
			return undefined;
		}
		return granularity;
	}

	/** The source and (for destination steps) the destination, 404 when unknown or not connected. */
	function readConnection(sourceId, destinationId) {
		const source = getSource(sourceId);
		if (destinationId === undefined) return { source };
		const destination = getDestination(destinationId);
		if (destination.sourceId !== source.id)
			throw notFound('Destination not found: it is not connected to this source');
		return { source, destination };
	}

	/** Values of `filter[key]` (deepObject: filter[eventName][0]=a, filter[eventName]=a,b). */
	function readFilter(query, allowed, problems) {
		const filter = {};
		for (const [name, value] of query) {
			const match = /^filter\[(\w+)\](?:\[\d*\])?$/.exec(name);
			if (!match) continue;
			const key = match[1];
			if (!allowed.includes(key)) {
				problems.push([`filter.${key}`, `"filter.${key}" is not allowed`]);
				continue;
			}
			filter[key] = [
				...(filter[key] || []),
				...value
					.split(',')
					.map((item) => item.trim())
					.filter(Boolean),
			];
		}
		return filter;
	}

	// ---------------------------------------------------------------------------------------
	// Delivery Overview
	// ---------------------------------------------------------------------------------------

	function deliveryOverview(step, query) {
		const spec = STEPS[step];
		const problems = [];
		const sourceId = query.get('sourceId');
		if (!sourceId) problems.push(['sourceId', '"sourceId" is required']);
		const destinationId = spec.destination ? query.get('destinationConfigId') : undefined;
		if (spec.destination && !destinationId)
			problems.push(['destinationConfigId', '"destinationConfigId" is required']);
		const granularity = readGranularity(query, problems, true);
		const { start, end } = readTimes(query, problems, { required: true, granularity });
		const groupBy = queryArray(query, 'groupBy') || [];
		for (const dimension of groupBy) {
			if (!spec.dims.includes(dimension))
				problems.push(['groupBy', `"groupBy" values must be among ${spec.dims.join(', ')}`]);
		}
		const filter = readFilter(query, spec.dims, problems);
		if (problems.length > 0) throw invalid(problems);
		const { source, destination } = readConnection(sourceId, destinationId);

		const stepMs = GRANULARITY_MS[granularity];
		const firstBucket = Math.floor(start / stepMs) * stepMs;
		const bucketCount = Math.ceil((end - firstBucket) / stepMs);
		const dims = new Set(groupBy);
		const groups = new Map();
		const withRetries = step === 'successful-delivery';
		const newGroup = (values) => {
			const group = { values, counts: new Array(bucketCount).fill(0) };
			if (withRetries) group.retries = new Array(bucketCount).fill(0);
			return group;
		};
		walk(source, destination, start, end, (series, hour, steps, a, b) => {
			const subscriptionId = destination ? subscriptionFor(destination, series) : '';
			for (const [discardReason, perHour, retriedPerHour = 0] of steps[step] || []) {
				if (!perHour && !retriedPerHour) continue;
				const values = {
					eventName: series.eventName || '',
					eventType: series.eventType,
					appVersion: series.appVersion || '',
					discardReason,
					subscriptionId,
					activationId: '',
					audienceId: '',
					spaceId: '',
				};
				if (Object.entries(filter).some(([key, wanted]) => !wanted.includes(values[key]))) continue;
				const key = groupBy.map((dimension) => values[dimension]).join('|');
				let group = groups.get(key);
				if (!group) groups.set(key, (group = newGroup(values)));
				// The minutes [a, b) of the hour, cut at bucket edges (minute buckets).
				for (let minute = a; minute < b; ) {
					const at = hour + minute * MINUTE;
					const bucket = Math.floor((at - firstBucket) / stepMs);
					const bucketEnd = firstBucket + (bucket + 1) * stepMs;
					const until = Math.min(b, Math.ceil((bucketEnd - hour) / MINUTE));
					group.counts[bucket] += portion(perHour, minute, until);
					if (withRetries) group.retries[bucket] += portion(retriedPerHour, minute, until);
					minute = until;
				}
			}
		});
		if (groups.size === 0 && dims.size === 0) groups.set('', newGroup({}));
		const stamp = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
		const dataset = [...groups.values()]
			.map((group) => {
				const entry = {};
				for (const dimension of groupBy) entry[dimension] = group.values[dimension];
				entry.total = group.counts.reduce((sum, n) => sum + n, 0);
				if (withRetries) entry.totalRetryCount = group.retries.reduce((sum, n) => sum + n, 0);
				entry.series = group.counts.map((count, bucket) => {
					const point = { time: stamp(firstBucket + bucket * stepMs), count };
					if (withRetries) point.retryCount = group.retries[bucket];
					return point;
				});
				return entry;
			})
			.sort((x, y) => y.total - x.total);
		const total = dataset.reduce((sum, entry) => sum + entry.total, 0);
		return paginate(query, 'dataset', dataset, undefined, { total });
	}

	for (const step of Object.keys(STEPS)) {
		route('GET', `/delivery-overview/${step}`, (ctx) => deliveryOverview(step, ctx.query));
	}

	// ---------------------------------------------------------------------------------------
	// Delivery metrics summary of a destination
	// ---------------------------------------------------------------------------------------

	const DEFAULT_WINDOW = { MINUTE: HOUR, HOUR: 7 * DAY, DAY: 30 * DAY };

	route('GET', '/destinations/:destinationId/delivery-metrics', (ctx) => {
		const { query } = ctx;
		const problems = [];
		const sourceId = query.get('sourceId');
		if (!sourceId) problems.push(['sourceId', '"sourceId" is required']);
		const granularity = readGranularity(query, problems, false) || 'MINUTE';
		const times = readTimes(query, problems, { required: false });
		if (problems.length > 0) throw invalid(problems);
		const destination = getDestination(ctx.params.destinationId);
		const { source } = readConnection(sourceId, destination.id);
		const now = clock();
		const end = Number.isNaN(times.end) ? now : times.end;
		const start = Number.isNaN(times.start) ? end - DEFAULT_WINDOW[granularity] : times.start;
		let successes = 0;
		let retried = 0;
		let discarded = 0;
		walk(source, destination, start, end, (_series, _hour, steps, a, b) => {
			for (const [, perHour, retriedPerHour] of steps['successful-delivery']) {
				successes += portion(perHour, a, b);
				retried += portion(retriedPerHour, a, b);
			}
			for (const [, perHour] of [...steps['failed-delivery'], ...steps['filtered-at-destination']])
				discarded += portion(perHour, a, b);
		});
		const failing = FAILING_DESTINATIONS[destination.name] !== undefined;
		const latency = Math.round((failing ? 2400 : 180) * (0.8 + 0.4 * unit(destination.id)));
		return {
			deliveryMetricsSummary: {
				sourceId: source.id,
				destinationMetadataId: destination.metadataId,
				metrics: [
					{
						metricName: 'successes',
						total: successes,
						breakdown: [
							{ metricName: 'successes_on_first_attempt', value: successes - retried },
							{ metricName: 'successes_after_retry', value: retried },
						],
					},
					{ metricName: 'expired', total: 0 },
					{ metricName: 'discarded', total: discarded },
					{ metricName: 'retried', total: retried },
					{
						metricName: 'time_to_success',
						total: successes,
						breakdown: [
							{ metricName: 'time_to_success_average', value: latency },
							{ metricName: 'time_to_success_p95', value: latency * 4 },
						],
					},
					{
						metricName: 'time_to_first_attempt',
						total: successes + discarded,
						breakdown: [
							{ metricName: 'time_to_first_attempt_average', value: Math.round(latency / 3) },
							{ metricName: 'time_to_first_attempt_p95', value: latency },
						],
					},
				],
			},
		};
	});

	// ---------------------------------------------------------------------------------------
	// Usage: cumulative API calls (events received) and MTUs, one snapshot per day of the period
	// ---------------------------------------------------------------------------------------

	/** The usage period: its start (the day given, UTC), its end one month later, and its days so far. */
	function readPeriod(query) {
		const period = queryValue(query, 'period');
		if (!period) throw invalidOne('period', '"period" is required');
		const match = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(period);
		const start = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
		if (
			!match ||
			Number.isNaN(Date.parse(period)) ||
			new Date(start).getUTCDate() !== Number(match[3])
		)
			throw invalidOne('period', '"period" must be an ISO 8601 date, the start of the usage month');
		const first = new Date(start);
		const end = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, first.getUTCDate());
		const now = clock();
		const days = [];
		for (let day = start; day < end && day <= now; day += DAY) days.push(day);
		return { start, end, days };
	}

	/** Events a source received in each day of the period, cumulated: [day, running total]. */
	function cumulativeCalls(source, days) {
		let running = 0;
		return days.map((day) => {
			walk(source, undefined, day, day + DAY, (_series, _hour, steps, a, b) => {
				running += portion(steps['successfully-received'][0][1], a, b);
			});
			return [day, running];
		});
	}

	/** Users tracked so far in the period, from the events so far, split as Segment counts them. */
	function mtuOf(source, events) {
		const seed = unit(`${source.id}|mtu`);
		const users = Math.round(Math.sqrt(events) * (8 + 6 * seed));
		const identified = Math.round(users * 0.45);
		const anonymousIdentified = Math.round(users * 0.2);
		const anonymous = users - identified - anonymousIdentified;
		return {
			anonymous,
			anonymousIdentified,
			identified,
			neverIdentified: Math.round(anonymous * 0.8),
		};
	}

	const iso = (ms) => new Date(ms).toISOString();
	const sources = () => [...state.sources.values()];

	route('GET', '/usage/api-calls/daily', (ctx) => {
		const { days } = readPeriod(ctx.query);
		const totals = days.map(() => 0);
		for (const source of sources())
			cumulativeCalls(source, days).forEach(([, calls], index) => (totals[index] += calls));
		const items = days.map((day, index) => ({
			apiCalls: String(totals[index]),
			timestamp: iso(day),
		}));
		return paginate(ctx.query, 'dailyWorkspaceAPICallsUsage', items);
	});

	route('GET', '/usage/api-calls/sources/daily', (ctx) => {
		const { days } = readPeriod(ctx.query);
		const perSource = sources().map((source) => [source, cumulativeCalls(source, days)]);
		const items = days.flatMap((day, index) =>
			perSource.map(([source, calls]) => ({
				sourceId: source.id,
				apiCalls: String(calls[index][1]),
				timestamp: iso(day),
			})),
		);
		return paginate(ctx.query, 'dailyPerSourceAPICallsUsage', items);
	});

	const MTU_KEYS = ['anonymous', 'anonymousIdentified', 'identified', 'neverIdentified'];
	const asStrings = (counts) =>
		Object.fromEntries(MTU_KEYS.map((key) => [key, String(counts[key])]));

	route('GET', '/usage/mtu/daily', (ctx) => {
		const { start, end, days } = readPeriod(ctx.query);
		const perSource = sources().map((source) => [source, cumulativeCalls(source, days)]);
		const items = days.map((day, index) => {
			const sum = { anonymous: 0, anonymousIdentified: 0, identified: 0, neverIdentified: 0 };
			for (const [source, calls] of perSource) {
				const counts = mtuOf(source, calls[index][1]);
				for (const key of MTU_KEYS) sum[key] += counts[key];
			}
			return {
				periodStart: start / 1000,
				periodEnd: end / 1000,
				...asStrings(sum),
				timestamp: iso(day),
			};
		});
		return paginate(ctx.query, 'dailyWorkspaceMTUUsage', items);
	});

	route('GET', '/usage/mtu/sources/daily', (ctx) => {
		const { start, end, days } = readPeriod(ctx.query);
		const perSource = sources().map((source) => [source, cumulativeCalls(source, days)]);
		const items = days.flatMap((day, index) =>
			perSource.map(([source, calls]) => ({
				sourceId: source.id,
				periodStart: start / 1000,
				periodEnd: end / 1000,
				...asStrings(mtuOf(source, calls[index][1])),
				timestamp: iso(day),
			})),
		);
		return paginate(ctx.query, 'dailyPerSourceMTUUsage', items);
	});
};
