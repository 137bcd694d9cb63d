import type { IDataObject, IPollFunctions } from 'n8n-workflow';
import { listRecords } from '../SegmentPublicApi/shared/transport';

/**
 * Where the trigger is in the audit trail: the time of the newest event it has seen, and the IDs
 * of the events at exactly that time (several events share a timestamp, and one can be listed a
 * poll later than another of the same second). `time` is null when the trail was empty.
 */
export interface AuditWatermark {
	time: string | null;
	ids: string[];
}

export interface AuditFilters {
	auditEventTypes?: string;
	auditResourceTypes?: string;
	auditActors?: string;
}

const AUDIT_EVENTS = { path: '/audit-events', root: 'events' };

/** Asked for before the watermark: Segment's startTime is exclusive and timestamps are shared. */
const OVERLAP_MS = 1000;

/** How many of the newest events the first poll reads to place the watermark, without a backfill. */
export const FIRST_POLL_EVENTS = 100;

function timeOf(event: IDataObject): number {
	return Date.parse(String(event.timestamp));
}

/** The events since the watermark (all of them without one), newest first as Segment lists them. */
export async function listAuditEvents(
	this: IPollFunctions,
	watermark: AuditWatermark | undefined,
	limit?: number,
): Promise<IDataObject[]> {
	const since = watermark?.time ? Date.parse(watermark.time) - OVERLAP_MS : undefined;
	return await listRecords.call(this, {
		...AUDIT_EVENTS,
		qs: since === undefined ? {} : { startTime: new Date(since).toISOString() },
		limit,
	});
}

/** The listed events the watermark has not covered yet, oldest first, each once. */
export function unseenAuditEvents(events: IDataObject[], watermark: AuditWatermark): IDataObject[] {
	const mark = watermark.time === null ? -Infinity : Date.parse(watermark.time);
	const seen = new Set(watermark.ids);
	const unseen = new Map<string, IDataObject>();
	for (const event of events) {
		const id = String(event.id);
		const time = timeOf(event);
		if (Number.isNaN(time) || unseen.has(id)) continue;
		if (time > mark || (time === mark && !seen.has(id))) unseen.set(id, event);
	}
	// Segment lists newest first; a stable sort keeps the order of events within one second.
	return [...unseen.values()].reverse().sort((a, b) => timeOf(a) - timeOf(b));
}

/** The watermark after `events` were seen. */
export function nextAuditWatermark(
	events: IDataObject[],
	watermark: AuditWatermark | undefined,
): AuditWatermark {
	let mark = watermark?.time ? Date.parse(watermark.time) : -Infinity;
	let ids = new Set(watermark?.ids ?? []);
	for (const event of events) {
		const time = timeOf(event);
		if (Number.isNaN(time) || time < mark) continue;
		if (time > mark) {
			mark = time;
			ids = new Set();
		}
		ids.add(String(event.id));
	}
	return { time: mark === -Infinity ? null : new Date(mark).toISOString(), ids: [...ids].sort() };
}

export function sameAuditWatermark(a: AuditWatermark | undefined, b: AuditWatermark): boolean {
	return !!a && a.time === b.time && a.ids.join('\n') === b.ids.join('\n');
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
