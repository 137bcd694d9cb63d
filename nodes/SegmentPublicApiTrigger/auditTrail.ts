import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { listRecords } from '../SegmentPublicApi/shared/transport';

/**
 * Where the trigger is in the audit trail: every event at or after `floor` is told apart by ID
 * (`seen`, each with its time in ms), every event before it counts as seen. Segment can index an
 * event late, after newer ones were listed; each poll reads again from the floor, so such an event
 * is still emitted while it is no older than the floor. `floor` is null while the trail was empty.
 *
 * Version 0.1 stored `time` (the newest event seen) and `ids` (the events at that time).
 */
export interface AuditWatermark {
	floor?: string | null;
	seen?: Record<string, number>;
	time?: string | null;
	ids?: string[];
}

export interface AuditFilters {
	auditEventTypes?: string;
	auditResourceTypes?: string;
	auditActors?: string;
}

const AUDIT_EVENTS = { path: '/audit-events', root: 'events' };

/** Asked for before the floor: Segment's startTime is exclusive and timestamps are shared. */
const OVERLAP_MS = 1000;

/** How far behind the newest event seen the floor stays: how late an event can be indexed. */
export const LATE_EVENT_WINDOW_MS = 60 * 60 * 1000;

/** At most this many event IDs are remembered; past it the floor rises to the newest ones. */
export const MAX_REMEMBERED_EVENTS = 2000;

/** How many of the newest events the first poll reads to place the watermark, without a backfill. */
export const FIRST_POLL_EVENTS = 100;

function timeOf(event: IDataObject): number {
	return Date.parse(String(event.timestamp));
}

interface Watermark {
	floor: number;
	seen: Map<string, number>;
}

function read(watermark: AuditWatermark | undefined): Watermark {
	if (watermark?.seen) {
		const floor = watermark.floor ? Date.parse(watermark.floor) : -Infinity;
		return { floor, seen: new Map(Object.entries(watermark.seen)) };
	}
	const time = watermark?.time ? Date.parse(watermark.time) : -Infinity;
	return { floor: time, seen: new Map((watermark?.ids ?? []).map((id) => [id, time])) };
}

/** The events since the floor (all of them without one), newest first as Segment lists them. */
export async function listAuditEvents(
	this: IPollFunctions,
	watermark: AuditWatermark | undefined,
	limit?: number,
): Promise<IDataObject[]> {
	const { floor } = read(watermark);
	const since = floor === -Infinity ? undefined : floor - OVERLAP_MS;
	return await listRecords.call(this, {
		...AUDIT_EVENTS,
		qs: since === undefined ? {} : { startTime: new Date(since).toISOString() },
		limit,
	});
}

/** The listed events the watermark has not covered yet, oldest first, each once. */
export function unseenAuditEvents(
	events: IDataObject[],
	watermark: AuditWatermark | undefined,
): IDataObject[] {
	const { floor, seen } = read(watermark);
	const unseen = new Map<string, IDataObject>();
	for (const event of events) {
		const id = String(event.id);
		const time = timeOf(event);
		if (Number.isNaN(time) || time < floor || seen.has(id) || unseen.has(id)) continue;
		unseen.set(id, event);
	}
	// Segment lists newest first; a stable sort keeps the order of events within one second.
	return [...unseen.values()].reverse().sort((a, b) => timeOf(a) - timeOf(b));
}

/**
 * The watermark after `events` were seen. `truncated`: the listing stopped at its limit, so events
 * older than its oldest may be missing from it and count as seen. The floor never goes down.
 */
export function nextAuditWatermark(
	events: IDataObject[],
	watermark: AuditWatermark | undefined,
	truncated = false,
): AuditWatermark {
	const { floor: before, seen } = read(watermark);
	let floor = before;
	let oldestListed = Infinity;
	for (const event of events) {
		const time = timeOf(event);
		if (Number.isNaN(time) || time < floor) continue;
		seen.set(String(event.id), time);
		oldestListed = Math.min(oldestListed, time);
	}
	if (truncated && oldestListed !== Infinity) floor = Math.max(floor, oldestListed + 1);
	const times = [...seen.values()].sort((a, b) => b - a);
	if (times.length > 0) floor = Math.max(floor, times[0] - LATE_EVENT_WINDOW_MS);
	// Past the limit, keep the newest: the floor rises above the time of the first one left out.
	if (times.length > MAX_REMEMBERED_EVENTS) {
		floor = Math.max(floor, times[MAX_REMEMBERED_EVENTS] + 1);
	}
	const kept: Record<string, number> = {};
	for (const [id, time] of [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
		if (time >= floor) kept[id] = time;
	}
	return { floor: floor === -Infinity ? null : new Date(floor).toISOString(), seen: kept };
}

export function sameAuditWatermark(a: AuditWatermark | undefined, b: AuditWatermark): boolean {
	return !!a && JSON.stringify(a) === JSON.stringify(b);
}

function listOf(value: string | undefined): string[] {
	return (value ?? '')
		.split(',')
		.map((entry) => entry.trim().toLowerCase())
		.filter(Boolean);
}

/** Whether an event passes the trigger's audit filters (each a comma-separated list, any case). */
export function auditEventFilter(filters: AuditFilters) {
	const types = listOf(filters.auditEventTypes);
	const resourceTypes = listOf(filters.auditResourceTypes);
	const actors = listOf(filters.auditActors);
	const lower = (value: unknown) => String(value ?? '').toLowerCase();
	return (event: IDataObject) =>
		(types.length === 0 || types.includes(lower(event.type))) &&
		(resourceTypes.length === 0 || resourceTypes.includes(lower(event.resourceType))) &&
		(actors.length === 0 ||
			actors.includes(lower(event.actor)) ||
			actors.includes(lower(event.actorEmail)));
}
