/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code: it never ships in dist/ */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { BACKOFF } from '../../../nodes/SegmentPublicApi/shared/rateLimit';
import { activateTrigger, TOKEN } from '../../harness/node';

/** Small deterministic PRNG so a failing sequence can be replayed from its seed. */
function mulberry32(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const SEQUENCES = 200;
const POLLS_PER_SEQUENCE = 6;
const SERVER_PAGE_SIZE = 4;
const FAILURE_RATE = 0.15;
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
 * A fake audit trail on 127.0.0.1, one per sequence (/w<seed>/audit-events): newest first, events
 * of one second in the order of their rank (so a new event can come before older ones of its
 * second), startTime exclusive, offset cursors, pages of SERVER_PAGE_SIZE, injected 500s.
 */
function startServer(trails: Map<string, Trail>): Promise<Server> {
	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const [, seed, path] = url.pathname.split('/');
		const trail = trails.get(seed);
		const reply = (status: number, body: unknown) => {
			response.writeHead(status, { 'content-type': 'application/vnd.segment.v1+json' });
			response.end(JSON.stringify(body));
		};
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
	});
	return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('Segment Public API Trigger, Audit Event, randomized', () => {
	let server: Server;
	const trails = new Map<string, Trail>();
	let baseUrl: string;
	const backoff = { ...BACKOFF };

	beforeAll(async () => {
		// Outages are retried as often as ever; only the waits between retries are left out.
		Object.assign(BACKOFF, { baseMs: 0, maxMs: 0 });
		nock.restore();
		server = await startServer(trails);
		baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});

	afterAll(async () => {
		Object.assign(BACKOFF, backoff);
		await new Promise((resolve) => server.close(resolve));
		nock.activate();
	});

	const seeds = Array.from({ length: SEQUENCES }, (_, index) => index + 1);
	it.concurrent.each(seeds)(
		'emits every event recorded after activation once, oldest first (sequence %i)',
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
			const record = () => {
				if (random() < 0.5) second += 1 + Math.floor(random() * 2);
				for (let i = Math.floor(random() * 4); i > 0; i--) {
					trail.events.push({ id: `events/${nextId++}`, second, rank: random() });
				}
			};

			record();
			const trigger = activateTrigger(
				{ events: ['auditEvent'] },
				{ apiToken: TOKEN, region: 'custom', baseUrl: `${baseUrl}/w${seed}` },
			);
			expect(await trigger.poll()).toBeNull();
			const existingAtActivation = new Set(trail.events.map((event) => event.id));

			const emitted: string[] = [];
			for (let step = 0; step < POLLS_PER_SEQUENCE; step++) {
				record();
				failing = step !== POLLS_PER_SEQUENCE - 1;
				down = false;
				try {
					const items = (await trigger.poll())?.[0] ?? [];
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
	);
});
