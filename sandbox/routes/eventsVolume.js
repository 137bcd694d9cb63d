'use strict';
// Events volume: synthetic counts from the seed's volume profiles, in DAY, HOUR or MINUTE
// buckets. Dev-only.

const { hash32 } = require('../seed');

const MAX_VOLUME_BUCKETS = 10080;
const GRANULARITY_MS = { DAY: 86400000, HOUR: 3600000, MINUTE: 60000 };
const VOLUME_GROUPS = ['eventName', 'eventType', 'source'];

module.exports = function register(context) {
	const {
		route,
		state,
		clock,
		workspaceId,
		paginate,
		readPagination,
		assertValid,
		queryArray,
		invalidOne,
	} = context;
	route('GET', '/events/volume', (ctx) => eventsVolume(ctx.query), { limit: 'eventsVolume' });

	function eventsVolume(query) {
		const granularity = query.get('granularity');
		const startTime = query.get('startTime');
		const endTime = query.get('endTime');
		const problems = [];
		if (!granularity) problems.push(['granularity', '"granularity" is required']);
		else if (!GRANULARITY_MS[granularity])
			problems.push(['granularity', '"granularity" must be one of DAY, HOUR, MINUTE']);
		const start = startTime ? Date.parse(startTime) : NaN;
		const end = endTime ? Date.parse(endTime) : NaN;
		if (!startTime) problems.push(['startTime', '"startTime" is required']);
		else if (Number.isNaN(start))
			problems.push(['startTime', '"startTime" must be an ISO 8601 timestamp']);
		if (!endTime) problems.push(['endTime', '"endTime" is required']);
		else if (Number.isNaN(end))
			problems.push(['endTime', '"endTime" must be an ISO 8601 timestamp']);
		else if (!Number.isNaN(start) && end <= start)
			problems.push(['endTime', '"endTime" must be after "startTime"']);
		const groupBy = queryArray(query, 'groupBy');
		for (const dimension of groupBy || []) {
			if (!VOLUME_GROUPS.includes(dimension))
				problems.push(['groupBy', `"groupBy" values must be among ${VOLUME_GROUPS.join(', ')}`]);
		}
		assertValid(problems);
		const step = GRANULARITY_MS[granularity];
		const firstBucket = Math.floor(start / step) * step;
		const bucketCount = Math.ceil((end - firstBucket) / step);
		if (bucketCount > MAX_VOLUME_BUCKETS) {
			throw invalidOne(
				'endTime',
				`The time range holds ${bucketCount} ${granularity} buckets; at most ${MAX_VOLUME_BUCKETS} are allowed`,
			);
		}
		// Validate pagination before doing the work.
		readPagination(query);

		const filters = {
			sourceId: queryArray(query, 'sourceId'),
			eventName: queryArray(query, 'eventName'),
			eventType: queryArray(query, 'eventType'),
			appVersion: queryArray(query, 'appVersion'),
		};
		const dims = new Set(groupBy || []);
		const now = clock();
		const groups = new Map();
		for (const [sourceId, profile] of state.volume) {
			const source = state.sources.get(sourceId);
			if (!source || (filters.sourceId && !filters.sourceId.includes(sourceId))) continue;
			for (const [eventName, eventType, peak] of profile.events) {
				if (filters.eventName && !filters.eventName.includes(eventName)) continue;
				if (filters.eventType && !filters.eventType.includes(eventType)) continue;
				profile.appVersions.forEach((appVersion, index) => {
					if (filters.appVersion && !filters.appVersion.includes(appVersion)) return;
					const share =
						profile.appVersions.length === 1
							? 1
							: (index + 1) / ((profile.appVersions.length * (profile.appVersions.length + 1)) / 2);
					const key = `${dims.has('source') ? sourceId : ''}|${dims.has('eventName') ? eventName : ''}|${dims.has('eventType') ? eventType : ''}`;
					let group = groups.get(key);
					if (!group) {
						group = { counts: new Array(bucketCount).fill(0) };
						if (dims.has('source'))
							group.source = { id: source.id, name: source.name, slug: source.slug };
						if (dims.has('eventName')) group.eventName = eventName || '';
						if (dims.has('eventType')) group.eventType = eventType;
						groups.set(key, group);
					}
					const seriesKey = `${sourceId}|${eventName}|${eventType}|${appVersion}`;
					for (let b = 0; b < bucketCount; b++) {
						const from = Math.max(start, firstBucket + b * step);
						const to = Math.min(end, firstBucket + (b + 1) * step);
						group.counts[b] += countBetween(seriesKey, peak * share, from, to, now);
					}
				});
			}
		}
		if (groups.size === 0 && dims.size === 0)
			groups.set('', { counts: new Array(bucketCount).fill(0) });
		const stamp = (ms) => new Date(ms).toISOString().replace('.000Z', 'Z');
		const result = [...groups.values()]
			.map((group) => {
				const entry = {};
				if (group.source) entry.source = group.source;
				if (group.eventName !== undefined) entry.eventName = group.eventName;
				if (group.eventType !== undefined) entry.eventType = group.eventType;
				entry.total = group.counts.reduce((sum, n) => sum + n, 0);
				entry.series = group.counts.map((count, b) => ({
					time: stamp(firstBucket + b * step),
					count,
				}));
				return entry;
			})
			.sort((a, b) => b.total - a.total);
		const echo = { workspaceId, granularity, startTime, endTime };
		if (groupBy) echo.groupBy = groupBy;
		for (const [name, values] of Object.entries(filters)) if (values) echo[name] = values;
		return paginate(query, 'result', result, undefined, {
			path: '/observability/event_volume/v2.json',
			query: echo,
		});
	}

	/** Events of one series in [from, to): hourly counts spread evenly over minutes; none in the future or before the history. */
	function countBetween(seriesKey, peak, from, to, now) {
		const lo = Math.max(from, state.volumeStart);
		const hi = Math.min(to, now);
		if (hi <= lo) return 0;
		let total = 0;
		const HOUR = 3600000;
		for (let hour = Math.floor(lo / HOUR) * HOUR; hour < hi; hour += HOUR) {
			const hourOfDay = new Date(hour).getUTCHours();
			const diurnal = 0.55 + 0.45 * Math.sin(((hourOfDay - 9) / 24) * 2 * Math.PI);
			const noise = 0.85 + 0.3 * (hash32(`${seriesKey}|${hour}`) / 4294967296);
			const perHour = Math.round(peak * diurnal * noise);
			const a = Math.floor((Math.max(lo, hour) - hour) / 60000);
			const b = Math.ceil((Math.min(hi, hour + HOUR) - hour) / 60000);
			const base = Math.floor(perHour / 60);
			const extra = perHour % 60;
			total += (b - a) * base + Math.max(0, Math.min(b, extra) - a);
		}
		return total;
	}
};
