import { activateTrigger } from '../../harness/node';
import { FORGET_AFTER_MISSED_POLLS } from '../../../nodes/SegmentPublicApiTrigger/SegmentPublicApiTrigger.node';
import { apiWithoutBody, destination, page, source } from '../../harness/segment';

const LIST = { 'pagination[count]': '1000' };

function serveSources(...records: ReturnType<typeof source>[]) {
	apiWithoutBody().get('/sources').query(LIST).reply(200, page('sources', records));
}
const ids = (output: Awaited<ReturnType<ReturnType<typeof activateTrigger>['poll']>>) =>
	output?.[0].map((item) => item.json.id) ?? [];
const copy = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T;

/** A restart: n8n reads back the static data it stored last, on activation or when a poll returned items. */
function restore(trigger: ReturnType<typeof activateTrigger>, stored: object) {
	const state = trigger.staticData();
	for (const key of Object.keys(state)) delete state[key];
	Object.assign(state, copy(stored));
}

function serveDestinations(...records: ReturnType<typeof destination>[]) {
	apiWithoutBody().get('/destinations').query(LIST).reply(200, page('destinations', records));
}

describe('Segment Public API Trigger', () => {
	it('records what exists on the first poll and emits nothing', async () => {
		const trigger = activateTrigger({ events: ['newSource', 'newDestination'] });
		serveSources(source(1), source(2));
		serveDestinations(destination(1));

		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData()).toEqual({
			known: { newSource: { src1: 0, src2: 0 }, newDestination: { dst1: 0 } },
		});
	});

	it('emits a new source and a new destination once each, with the event name', async () => {
		const trigger = activateTrigger({ events: ['newSource', 'newDestination'] });
		serveSources(source(1));
		serveDestinations(destination(1));
		await trigger.poll();

		serveSources(source(2), source(1));
		serveDestinations(destination(1), destination(2));
		expect(await trigger.poll()).toEqual([
			[
				{
					json: {
						event: 'newSource',
						id: 'src2',
						name: 'Source 2',
						slug: 'source_2',
						enabled: true,
						type: 'Javascript',
						typeId: 'IqDTy1TpoU',
						labels: ['env:prod'],
						workspaceId: 'ws1',
					},
				},
				{
					json: {
						event: 'newDestination',
						id: 'dst2',
						name: 'Destination 2',
						enabled: true,
						type: 'Amplitude',
						typeId: '54521fd725e721e32a72eeb3',
						sourceId: 'src2',
					},
				},
			],
		]);

		serveSources(source(1), source(2));
		serveDestinations(destination(2), destination(1));
		expect(await trigger.poll()).toBeNull();
	});

	it('emits the full record with Simplify off', async () => {
		const trigger = activateTrigger({ events: ['newSource'], options: { simplify: false } });
		serveSources();
		await trigger.poll();

		serveSources(source(7));
		expect(await trigger.poll()).toEqual([[{ json: { event: 'newSource', ...source(7) } }]]);
	});

	it(`forgets a deleted record after ${FORGET_AFTER_MISSED_POLLS} polls in a row without it, once Segment answers 404 for it`, async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1), source(2), source(3));
		await trigger.poll();

		for (let missed = 1; missed < FORGET_AFTER_MISSED_POLLS; missed++) {
			serveSources(source(1), source(3));
			expect(await trigger.poll()).toBeNull();
			expect(trigger.staticData()).toEqual({
				known: { newSource: { src1: 0, src2: missed, src3: 0 } },
			});
		}
		serveSources(source(1), source(3));
		apiWithoutBody()
			.get('/sources/src2')
			.reply(404, { errors: [{ type: 'not-found' }] });
		expect(await trigger.poll()).toBeNull();
		expect(trigger.staticData()).toEqual({ known: { newSource: { src1: 0, src3: 0 } } });
	});

	it('does not forget a record Segment still has, though a restart brought back an older count of missed polls', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1), source(2));
		await trigger.poll();
		// Each poll emits a new source, so n8n stores the state each time; src2 is missed by all.
		for (let n = 3; n < 3 + FORGET_AFTER_MISSED_POLLS - 1; n++) {
			serveSources(source(1), source(n));
			expect(ids(await trigger.poll())).toEqual([`src${n}`]);
		}
		const stored = copy(trigger.staticData());
		const last = 3 + FORGET_AFTER_MISSED_POLLS - 1;
		const others = Array.from({ length: last - 3 }, (_, i) => source(3 + i));

		// Listed again by a poll with nothing to emit, which n8n does not store: a restart loses it.
		serveSources(source(1), source(2), ...others);
		expect(await trigger.poll()).toBeNull();
		restore(trigger, stored);

		serveSources(source(1), ...others, source(last));
		apiWithoutBody()
			.get('/sources/src2')
			.reply(200, { data: { source: source(2) } });
		expect(ids(await trigger.poll())).toEqual([`src${last}`]);
		serveSources(source(1), source(2), ...others, source(last));
		expect(await trigger.poll()).toBeNull();
	});

	it('reads the state of version 0.1 and emits nothing it already knew', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		trigger.staticData().seen = { newSource: ['src1', 'src2'] };

		serveSources(source(1), source(2), source(3));
		expect((await trigger.poll())?.[0].map((item) => item.json.id)).toEqual(['src3']);
		expect(trigger.staticData()).toEqual({ known: { newSource: { src1: 0, src2: 0, src3: 0 } } });
	});

	it('leaves the state unchanged when page 2 of 3 fails, then emits what was missed', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1));
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData());

		apiWithoutBody()
			.get('/sources')
			.query(LIST)
			.reply(200, page('sources', [source(1)], 'Mg=='))
			.get('/sources')
			.query({ ...LIST, 'pagination[cursor]': 'Mg==' })
			.times(6)
			.reply(500, { errors: [{ type: 'server', message: 'Internal error' }] });
		await expect(trigger.poll()).rejects.toThrow('Internal error');
		expect(JSON.stringify(trigger.staticData())).toBe(before);

		apiWithoutBody()
			.get('/sources')
			.query(LIST)
			.reply(200, page('sources', [source(1)], 'Mg=='))
			.get('/sources')
			.query({ ...LIST, 'pagination[cursor]': 'Mg==' })
			.reply(200, page('sources', [source(2)], 'Mw=='))
			.get('/sources')
			.query({ ...LIST, 'pagination[cursor]': 'Mw==' })
			.reply(200, page('sources', [source(4)]));
		const emitted = await trigger.poll();
		expect(emitted?.[0].map((item) => item.json.id)).toEqual(['src2', 'src4']);
	});

	it('does not advance any event when one of them fails', async () => {
		const trigger = activateTrigger({ events: ['newSource', 'newDestination'] });
		serveSources(source(1));
		serveDestinations(destination(1));
		await trigger.poll();

		serveSources(source(1), source(2));
		apiWithoutBody().get('/destinations').query(LIST).times(6).reply(503, 'unavailable');
		await expect(trigger.poll()).rejects.toThrow('HTTP 503');

		serveSources(source(1), source(2));
		serveDestinations(destination(1));
		expect((await trigger.poll())?.[0].map((item) => item.json.id)).toEqual(['src2']);
	});

	it('returns the most recent record in manual mode without touching the state', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1));
		await trigger.poll();
		const before = JSON.stringify(trigger.staticData());

		serveSources(...[1, 2, 3, 4, 5, 6, 7].map((n) => source(n)));
		const sample = await trigger.poll('manual');

		expect(sample?.[0].map((item) => item.json.id)).toEqual(['src7']);
		expect(JSON.stringify(trigger.staticData())).toBe(before);
	});

	it('emits existing records on the first poll when the backfill option is on', async () => {
		const trigger = activateTrigger({ events: ['newSource'], options: { emitExisting: true } });
		serveSources(source(1), source(2));

		expect((await trigger.poll())?.[0].map((item) => item.json.id)).toEqual(['src1', 'src2']);
		serveSources(source(1), source(2));
		expect(await trigger.poll()).toBeNull();
	});

	it('emits only enabled records of the chosen catalog types; one created disabled when first seen enabled', async () => {
		const trigger = activateTrigger({
			events: ['newSource'],
			options: { enabledOnly: true, sourceTypeIds: ['http-api'] },
		});
		serveSources();
		await trigger.poll();

		const http = (n: number, enabled: boolean) =>
			source(n, { enabled, metadata: { id: 'http-api', name: 'HTTP API', slug: 'http-api' } });
		serveSources(source(1), http(2, true), http(3, false));
		expect((await trigger.poll())?.[0].map((item) => item.json.id)).toEqual(['src2']);
		// src3 is held back until enabled, not remembered.
		expect(trigger.staticData()).toEqual({ known: { newSource: { src1: 0, src2: 0 } } });

		serveSources(source(1), http(2, false), http(3, true));
		expect((await trigger.poll())?.[0].map((item) => item.json.id)).toEqual(['src3']);
		serveSources(source(1), http(2, true), http(3, true));
		expect(await trigger.poll()).toBeNull();
	});

	it('emits a record created disabled once it is enabled, the same whether or not a restart lost what a poll without items learned', async () => {
		for (const restart of [false, true]) {
			const trigger = activateTrigger({ events: ['newSource'], options: { enabledOnly: true } });
			serveSources(source(1));
			await trigger.poll();
			const stored = copy(trigger.staticData());

			serveSources(source(1), source(4, { enabled: false }));
			expect(await trigger.poll()).toBeNull();
			if (restart) restore(trigger, stored);

			serveSources(source(1), source(4, { enabled: true }));
			expect({ restart, ids: ids(await trigger.poll()) }).toEqual({ restart, ids: ['src4'] });
			serveSources(source(1), source(4, { enabled: true }));
			expect(await trigger.poll()).toBeNull();
		}
	});
});

describe('Segment Public API Trigger at scale', () => {
	it('polls 10,000 sources with ceil(N / 1000) requests and stores about 27 bytes per known ID', async () => {
		const total = 10_000;
		const id = (n: number) => `2Ft${String(n).padStart(19, '0')}`; // 22 characters, like Segment's IDs
		let requests = 0;
		apiWithoutBody()
			.get('/sources')
			.query(true)
			.times(20)
			.reply((uri) => {
				requests += 1;
				const query = new URL(uri, 'https://api.segmentapis.com').searchParams;
				expect(query.get('pagination[count]')).toBe('1000');
				const offset = Number(query.get('pagination[cursor]') ?? 0);
				const records = Array.from({ length: 1000 }, (_, i) => ({
					id: id(offset + i),
					enabled: true,
				}));
				const next = offset + 1000 < total ? String(offset + 1000) : null;
				return [200, page('sources', records, next)];
			});
		const trigger = activateTrigger({ events: ['newSource'] });

		await trigger.poll();
		expect(requests).toBe(Math.ceil(total / 1000));
		await trigger.poll();
		expect(requests).toBe(2 * Math.ceil(total / 1000));

		const bytesPerId = JSON.stringify(trigger.staticData()).length / total;
		expect(bytesPerId).toBeGreaterThan(26);
		expect(bytesPerId).toBeLessThan(28);
	});
});
