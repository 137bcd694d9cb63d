/**
 * The trigger's Audit Event: each new event of the audit trail once, followed by a floor plus the
 * IDs seen since (an hour behind the newest, so events indexed late are still emitted), with no
 * backfill unless asked and nothing lost when a poll fails.
 */
import { activateTrigger } from '../../harness/node';
import {
	LATE_EVENT_WINDOW_MS,
	MAX_REMEMBERED_EVENTS,
} from '../../../nodes/SegmentPublicApiTrigger/auditTrail';
import { apiWithoutBody, exactQuery, page } from '../../harness/segment';

const timestampOf = (second: number) =>
	new Date(Date.parse('2026-11-30T10:00:00Z') + second * 1000).toISOString().replace('.000', '');
const msOf = (second: number) => Date.parse(timestampOf(second));
/** The startTime a poll asks for when the newest event seen is at `second`: an hour and a second before. */
const windowBefore = (second: number) =>
	new Date(msOf(second) - LATE_EVENT_WINDOW_MS - 1000).toISOString();

function event(n: number, second: number, extra: Record<string, string> = {}) {
	return {
		id: `events/${n}`,
		timestamp: timestampOf(second),
		type: 'Source Modified',
		actor: 'user/usr1',
		actorEmail: 'ada@example.com',
		resourceId: `src${n}`,
		resourceType: 'source',
		resourceName: `Source ${n}`,
		...extra,
	};
}
type AuditEvent = ReturnType<typeof event>;

/** Serves one listing of the trail, newest first as Segment lists it. */
function serveTrail(query: Record<string, string>, events: AuditEvent[], status = 200) {
	apiWithoutBody()
		.get('/audit-events')
		.query(exactQuery(query))
		.reply(
			status,
			status === 200 ? page('events', events) : { errors: [{ type: 'server', message: 'boom' }] },
		);
}

const FIRST = { 'pagination[count]': '100' };
const since = (time: string) => ({ startTime: time, 'pagination[count]': '1000' });
const emittedIds = (output: Awaited<ReturnType<ReturnType<typeof activateTrigger>['poll']>>) =>
	output?.[0].map((item) => item.json.id) ?? [];

describe('Segment Public API Trigger, Audit Event', () => {
	it('remembers where the trail is on activation, then emits each new event once, oldest first', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, [event(3, 5), event(2, 5), event(1, 4)]);
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData().auditTrail).toEqual({
			floor: '2026-11-30T09:00:05.000Z',
			seen: { 'events/1': msOf(4), 'events/2': msOf(5), 'events/3': msOf(5) },
		});

		// The last hour is read again: events/4 shares its second and came late.
		serveTrail(since(windowBefore(5)), [
			event(6, 7),
			event(5, 6),
			event(4, 5),
			event(3, 5),
			event(2, 5),
		]);
		const output = await trigger.poll();
		expect(emittedIds(output)).toEqual(['events/4', 'events/5', 'events/6']);
		expect(output?.[0][0].json).toEqual({ event: 'auditEvent', ...event(4, 5) });

		serveTrail(since(windowBefore(7)), [event(6, 7), event(5, 6)]);
		expect(await trigger.poll()).toBeNull();
	});

	it('emits an event indexed late, up to an hour older than the newest seen, once', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, [event(2, 120), event(1, 60)]);
		await trigger.poll();

		// events/3 happened before events/1 and events/2 but is listed only now; events/4 is too old.
		const late = event(3, -3000);
		const tooLate = event(4, 120 - 3601);
		serveTrail(since(windowBefore(120)), [event(2, 120), event(1, 60), late]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/3']);

		serveTrail(since(windowBefore(120)), [event(5, 121), event(2, 120), event(1, 60), late]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/5']);
		serveTrail(since(windowBefore(121)), [event(5, 121), event(2, 120), late, tooLate]);
		expect(await trigger.poll()).toBeNull();
	});

	it(`remembers at most ${MAX_REMEMBERED_EVENTS} event IDs, the newest`, async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, [event(0, 0)]);
		await trigger.poll();

		const many = Array.from({ length: MAX_REMEMBERED_EVENTS + 10 }, (_, i) =>
			event(i + 1, 1 + i / 10),
		);
		serveTrail(since(windowBefore(0)), [...many].reverse());
		expect(emittedIds(await trigger.poll())).toHaveLength(MAX_REMEMBERED_EVENTS + 10);
		const state = trigger.staticData().auditTrail as { floor: string; seen: object };
		expect(Object.keys(state.seen)).toHaveLength(MAX_REMEMBERED_EVENTS);
		expect(Date.parse(state.floor)).toBe(msOf(1 + 10 / 10) - 100 + 1);
	});

	it('loses nothing when a poll fails: the next one emits what it could not', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, [event(1, 1)]);
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData());

		for (let attempt = 0; attempt <= 5; attempt++) serveTrail(since(windowBefore(1)), [], 500);
		await expect(trigger.poll()).rejects.toThrow();
		expect(JSON.stringify(trigger.staticData())).toBe(before);

		serveTrail(since(windowBefore(1)), [event(2, 2), event(1, 1)]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/2']);
	});

	it('emits every event after an activation on an empty trail', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, []);
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData().auditTrail).toEqual({ floor: null, seen: {} });

		serveTrail({ 'pagination[count]': '1000' }, [event(2, 2), event(1, 1)]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/1', 'events/2']);
	});

	it('backfills the whole trail on activation when asked', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'], options: { emitExisting: true } });
		serveTrail({ 'pagination[count]': '1000' }, [event(2, 2), event(1, 1)]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/1', 'events/2']);
	});

	it('keeps only the event types, resource types and actors asked for, in any case', async () => {
		const trigger = activateTrigger({
			events: ['auditEvent'],
			options: {
				auditEventTypes: 'source deleted, Destination Modified',
				auditResourceTypes: 'SOURCE, destination',
				auditActors: 'ADA@example.com, user/usr9',
			},
		});
		serveTrail(FIRST, [event(1, 1)]);
		await trigger.poll();

		serveTrail(since(windowBefore(1)), [
			event(7, 3, { type: 'Source Deleted', actor: 'user/usr9', actorEmail: '' }),
			event(6, 3, { type: 'Destination Modified', resourceType: 'destination' }),
			event(5, 2, { type: 'Source Deleted', actorEmail: 'bob@example.com', actor: 'user/usr2' }),
			event(4, 2, { type: 'Warehouse Deleted', resourceType: 'warehouse' }),
			event(3, 2, { type: 'Source Created' }),
			event(2, 2, { type: 'Source Deleted' }),
		]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/2', 'events/6', 'events/7']);
		// Events left out by the filters are remembered as seen.
		expect(Object.keys((trigger.staticData().auditTrail as { seen: object }).seen)).toEqual(
			[1, 2, 3, 4, 5, 6, 7].map((n) => `events/${n}`),
		);
	});

	it('gives the newest matching event as the test event, without touching the state', async () => {
		const trigger = activateTrigger({
			events: ['auditEvent'],
			options: { auditEventTypes: 'Source Created' },
		});
		serveTrail(FIRST, [
			event(3, 3),
			event(2, 2, { type: 'Source Created' }),
			event(1, 1, { type: 'Source Created' }),
		]);
		const output = await trigger.poll('manual');
		expect(output?.[0].map((item) => item.json)).toEqual([
			{ event: 'auditEvent', ...event(2, 2, { type: 'Source Created' }) },
		]);
		expect(trigger.staticData().auditTrail).toBeUndefined();
	});

	it('watches records and the trail side by side, and forgets the trail when it is no longer watched', async () => {
		const trigger = activateTrigger({ events: ['newSource', 'auditEvent'] });
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', []));
		serveTrail(FIRST, [event(1, 1)]);
		await trigger.poll();
		expect(Object.keys(trigger.staticData()).sort()).toEqual(['auditTrail', 'known']);

		trigger.setParameters({ events: ['newSource'] });
		apiWithoutBody()
			.get('/sources')
			.query({ 'pagination[count]': '1000' })
			.reply(200, page('sources', []));
		await trigger.poll();
		expect(trigger.staticData().auditTrail).toBeUndefined();
	});
});
