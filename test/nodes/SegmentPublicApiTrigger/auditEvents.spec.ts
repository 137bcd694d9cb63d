/**
 * The trigger's Audit Event: each new event of the audit trail once, followed by a time watermark
 * plus the IDs seen at that time, with no backfill unless asked and nothing lost when a poll fails.
 */
import { activateTrigger } from '../../harness/node';
import { apiWithoutBody, exactQuery, page } from '../../harness/segment';

function event(n: number, second: number, extra: Record<string, string> = {}) {
	return {
		id: `events/${n}`,
		timestamp: `2026-11-30T10:00:${String(second).padStart(2, '0')}Z`,
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
			time: '2026-11-30T10:00:05.000Z',
			ids: ['events/2', 'events/3'],
		});

		// One second before the watermark is asked again: events/4 shares its second and came late.
		serveTrail(since('2026-11-30T10:00:04.000Z'), [
			event(6, 7),
			event(5, 6),
			event(4, 5),
			event(3, 5),
			event(2, 5),
		]);
		const output = await trigger.poll();
		expect(emittedIds(output)).toEqual(['events/4', 'events/5', 'events/6']);
		expect(output?.[0][0].json).toEqual({ event: 'auditEvent', ...event(4, 5) });

		serveTrail(since('2026-11-30T10:00:06.000Z'), [event(6, 7)]);
		expect(await trigger.poll()).toBeNull();
	});

	it('loses nothing when a poll fails: the next one emits what it could not', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, [event(1, 1)]);
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData());

		for (let attempt = 0; attempt <= 5; attempt++)
			serveTrail(since('2026-11-30T10:00:00.000Z'), [], 500);
		await expect(trigger.poll()).rejects.toThrow();
		expect(JSON.stringify(trigger.staticData())).toBe(before);

		serveTrail(since('2026-11-30T10:00:00.000Z'), [event(2, 2), event(1, 1)]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/2']);
	});

	it('emits every event after an activation on an empty trail', async () => {
		const trigger = activateTrigger({ events: ['auditEvent'] });
		serveTrail(FIRST, []);
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData().auditTrail).toEqual({ time: null, ids: [] });

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

		serveTrail(since('2026-11-30T10:00:00.000Z'), [
			event(7, 3, { type: 'Source Deleted', actor: 'user/usr9', actorEmail: '' }),
			event(6, 3, { type: 'Destination Modified', resourceType: 'destination' }),
			event(5, 2, { type: 'Source Deleted', actorEmail: 'bob@example.com', actor: 'user/usr2' }),
			event(4, 2, { type: 'Warehouse Deleted', resourceType: 'warehouse' }),
			event(3, 2, { type: 'Source Created' }),
			event(2, 2, { type: 'Source Deleted' }),
		]);
		expect(emittedIds(await trigger.poll())).toEqual(['events/2', 'events/6', 'events/7']);
		// Events left out by the filters are still behind the watermark.
		expect(trigger.staticData().auditTrail).toEqual({
			time: '2026-11-30T10:00:03.000Z',
			ids: ['events/6', 'events/7'],
		});
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
