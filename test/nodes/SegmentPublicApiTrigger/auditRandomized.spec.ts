import { LATE_EVENT_WINDOW_MS } from '../../../nodes/SegmentPublicApiTrigger/auditTrail';
import { activateTrigger, TOKEN } from '../../harness/node';
import {
	mulberry32,
	replyJson,
	useLocalApi,
	withoutBackoffWaits,
	type LocalHandler,
} from '../../harness/localApi';

const SEQUENCES = 200;
const POLLS_PER_SEQUENCE = 6;
const SERVER_PAGE_SIZE = 4;
const FAILURE_RATE = 0.15;
const LATE_RATE = 0.3;
const RESTART_RATE = 0.2;
/** How much older than the newest event of the trail an event indexed late is, at most: within the window. */
const MAX_LATENESS_SECONDS = LATE_EVENT_WINDOW_MS / 1000 - 60;
const EPOCH = Date.parse('2026-11-30T10:00:00Z');

interface TrailEvent {
	id: string;
	second: number;
	/** Place among the events of its second: a later event can be listed before earlier ones. */
	rank: number;
}

interface Trail {
	events: TrailEvent[];
	failNext: () => boolean;
}

const timestampOf = (second: number) =>
	new Date(EPOCH + second * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * A fake audit trail, one per sequence (/w<seed>/audit-events): newest first, events
 * of one second in the order of their rank (so a new event can come before older ones of its
 * second), startTime exclusive, offset cursors, pages of SERVER_PAGE_SIZE, injected 500s.
 */
function serveTrails(trails: Map<string, Trail>): LocalHandler {
	return (request, _body, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const [, seed, path] = url.pathname.split('/');
		const trail = trails.get(seed);
		const reply = (status: number, body: unknown) => replyJson(response, status, body);
		if (request.headers.authorization !== `Bearer ${TOKEN}` || !trail || path !== 'audit-events') {
			return reply(404, { errors: [{ type: 'not-found', message: 'unexpected request' }] });
		}
		if (trail.failNext()) return reply(500, { errors: [{ type: 'server', message: 'boom' }] });
		const startTime = url.searchParams.get('startTime');
		const after = startTime === null ? -Infinity : Date.parse(startTime);
		const listed = trail.events
			.filter((event) => EPOCH + event.second * 1000 > after)
			.sort((a, b) => b.second - a.second || a.rank - b.rank);
		const offset = Number(url.searchParams.get('pagination[cursor]') ?? 0);
		const count = Math.min(Number(url.searchParams.get('pagination[count]')), SERVER_PAGE_SIZE);
		const events = listed.slice(offset, offset + count).map((event) => ({
			id: event.id,
			timestamp: timestampOf(event.second),
			type: 'Source Modified',
			actor: 'user/usr1',
			resourceId: 'src1',
			resourceType: 'source',
			resourceName: 'Website',
		}));
		const next = offset + count < listed.length ? String(offset + count) : null;
		reply(200, { data: { events, pagination: { current: String(offset), next } } });
	};
}

describe('Segment Public API Trigger, Audit Event, randomized', () => {
	const trails = new Map<string, Trail>();
	const api = useLocalApi(serveTrails(trails));
	// Outages are retried as often as ever; only the waits between retries are left out.
	withoutBackoffWaits();

	const seeds = Array.from({ length: SEQUENCES }, (_, index) => index + 1);
	it.concurrent.each(seeds)(
		'emits every event recorded after activation once, oldest first, late ones and restarts included (sequence %i)',
		async (seed) => {
			const random = mulberry32(seed);
			let failing = false;
			// A failure starts an outage that lasts for the rest of the poll, so retries can't hide it.
			let down = false;
			const trail: Trail = {
				events: [],
				failNext: () => (down ||= failing && random() < FAILURE_RATE),
			};
			trails.set(`w${seed}`, trail);
			let second = 0;
			let nextId = 0;
			// New events share the newest second about half the time: some become visible a poll
			// after others of the same second were already seen.
			// Some are indexed late: listed only now, with a time up to MAX_LATENESS_SECONDS before the newest.
			const record = () => {
				if (random() < 0.5) second += 1 + Math.floor(random() * 2);
				for (let i = Math.floor(random() * 4); i > 0; i--) {
					const late = random() < LATE_RATE;
					trail.events.push({
						id: `events/${nextId++}`,
						second: late ? second - Math.floor(random() * MAX_LATENESS_SECONDS) : second,
						rank: random(),
					});
				}
			};

			record();
			const trigger = activateTrigger(
				{ events: ['auditEvent'] },
				{ apiToken: TOKEN, region: 'custom', baseUrl: `${api.url}/w${seed}` },
			);
			expect(await trigger.poll()).toBeNull();
			const existingAtActivation = new Set(trail.events.map((event) => event.id));
			// n8n stores the static data on activation and when a poll returns items, not otherwise.
			const copy = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T;
			let stored = copy(trigger.staticData());

			const emitted: string[] = [];
			for (let step = 0; step < POLLS_PER_SEQUENCE; step++) {
				record();
				failing = step !== POLLS_PER_SEQUENCE - 1;
				down = false;
				if (random() < RESTART_RATE) {
					const state = trigger.staticData();
					for (const key of Object.keys(state)) delete state[key];
					Object.assign(state, copy(stored));
				}
				try {
					const items = (await trigger.poll())?.[0] ?? [];
					if (items.length > 0) stored = copy(trigger.staticData());
					const times = items.map((item) => Date.parse(String(item.json.timestamp)));
					expect({
						seed,
						oldestFirst: times.every((time, i) => i === 0 || times[i - 1] <= time),
					}).toEqual({
						seed,
						oldestFirst: true,
					});
					emitted.push(...items.map((item) => String(item.json.id)));
				} catch (error) {
					expect((error as Error).message).toBe('boom');
				}
			}

			const expected = trail.events
				.map((event) => event.id)
				.filter((id) => !existingAtActivation.has(id));
			expect({ seed, emitted: [...emitted].sort() }).toEqual({
				seed,
				emitted: [...expected].sort(),
			});
			expect({ seed, duplicates: emitted.length - new Set(emitted).size }).toEqual({
				seed,
				duplicates: 0,
			});
		},
		// A sequence takes a fraction of a second; the margin is for a machine loaded by other work.
		30_000,
	);
});
