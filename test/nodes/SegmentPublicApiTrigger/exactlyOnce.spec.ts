/**
 * The trigger emits each record once, whatever the listing does between and during polls:
 * records that shift between page requests, listings that miss a record, records listed twice,
 * polls that overlap. Each case is one that fired twice or re-fired for an old record before.
 */
import { sleep } from 'n8n-workflow';
import { activateTrigger } from '../../harness/node';
import { apiWithoutBody, page, source } from '../../harness/segment';

const LIST = { 'pagination[count]': '1000' };

function serveSources(...records: ReturnType<typeof source>[]) {
	apiWithoutBody().get('/sources').query(LIST).reply(200, page('sources', records));
}

/** Serves one listing over several pages, each a list of records. */
function servePages(...pages: Array<ReturnType<typeof source>[]>) {
	pages.forEach((records, index) => {
		const cursor = index === 0 ? undefined : `c${index}`;
		const next = index < pages.length - 1 ? `c${index + 1}` : null;
		apiWithoutBody()
			.get('/sources')
			.query(cursor ? { ...LIST, 'pagination[cursor]': cursor } : LIST)
			.reply(200, page('sources', records, next));
	});
}

const ids = (emitted: Awaited<ReturnType<ReturnType<typeof activateTrigger>['poll']>>) =>
	emitted?.[0].map((item) => item.json.id) ?? [];

describe('the trigger fires exactly once', () => {
	it('does not re-emit a record that slid past the cursor when another was deleted between pages', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		servePages([source(1), source(2)], [source(3), source(4)]);
		await trigger.poll();

		// src1 is deleted after page 1 was read: src3 moves to page 1 and page 2 starts at src4.
		servePages([source(1), source(2)], [source(4), source(5)]);
		expect(ids(await trigger.poll())).toEqual(['src5']);

		servePages([source(2), source(3)], [source(4), source(5)]);
		expect(await trigger.poll()).toBeNull();
	});

	it('does not re-emit a record one listing missed', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1), source(2));
		await trigger.poll();

		serveSources(source(1));
		expect(await trigger.poll()).toBeNull();
		serveSources(source(1), source(2));
		expect(await trigger.poll()).toBeNull();
	});

	it('emits a record listed on two pages of one listing once', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1));
		await trigger.poll();

		servePages([source(1), source(2)], [source(2), source(3)]);
		expect(ids(await trigger.poll())).toEqual(['src2', 'src3']);
	});

	it('lets no slow, older poll write its listing over a newer one', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1), source(3));
		await trigger.poll();

		// The slow poll lists before src2 is created and src3 deleted; the fast one after.
		apiWithoutBody()
			.get('/sources')
			.query(LIST)
			.delay(300)
			.reply(200, page('sources', [source(1), source(3)]));
		apiWithoutBody()
			.get('/sources')
			.query(LIST)
			.reply(200, page('sources', [source(1), source(2)]));
		const slow = trigger.poll();
		await sleep(50);
		const fast = trigger.poll();

		expect(ids(await fast)).toEqual(['src2']);
		expect(await slow).toBeNull();

		serveSources(source(1), source(2));
		expect(await trigger.poll()).toBeNull();
	});

	it('writes the state only when it changed', async () => {
		const trigger = activateTrigger({ events: ['newSource'] });
		serveSources(source(1), source(2));
		await trigger.poll();
		const state = trigger.staticData();

		let assigned = 0;
		const known = state.known;
		Object.defineProperty(state, 'known', {
			configurable: true,
			enumerable: true,
			get: () => known,
			set: () => (assigned += 1),
		});
		serveSources(source(2), source(1));
		expect(await trigger.poll()).toBeNull();
		expect(assigned).toBe(0);

		serveSources(source(1), source(2), source(3));
		await trigger.poll();
		expect(assigned).toBe(1);
	});

	it('returns one recent record per event for "Fetch Test Event", with the filters applied', async () => {
		const trigger = activateTrigger({
			events: ['newSource', 'newDestination'],
			options: { enabledOnly: true },
		});
		serveSources(source(1), source(2), source(3), source(4));
		apiWithoutBody()
			.get('/destinations')
			.query(LIST)
			.reply(
				200,
				page('destinations', [
					{ id: 'dst1', enabled: true },
					{ id: 'dst2', enabled: false },
				]),
			);

		const sample = await trigger.poll('manual');

		// source(3) is disabled; the most recent enabled one is src4.
		expect(sample?.[0].map((item) => [item.json.event, item.json.id])).toEqual([
			['newSource', 'src4'],
			['newDestination', 'dst1'],
		]);
		expect(trigger.staticData()).toEqual({});
	});
});
