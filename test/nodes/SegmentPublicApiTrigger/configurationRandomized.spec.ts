/**
 * Configuration Changed under faults: outages, listings that miss a record, 404s that pass, polls
 * that overlap, restarts that lose what polls without items learned. Each item is checked against
 * what the workflow was told before; after a few clean polls it has been told the workspace as it is.
 */
import { sleep, type IDataObject } from 'n8n-workflow';
import { activateTrigger, TOKEN } from '../../harness/node';
import {
	mulberry32,
	replyJson,
	useLocalApi,
	withoutBackoffWaits,
	type LocalHandler,
} from '../../harness/localApi';

const SEQUENCES = 60;
const POLLS_PER_SEQUENCE = 10;
const CLEAN_POLLS = 3;
const SERVER_PAGE_SIZE = 3;
const FAILURE_RATE = 0.15;
const GLITCH_RATE = 0.1;
const OVERLAP_RATE = 0.3;
const RESTART_RATE = 0.2;
const TRACKED_PATHS = ['enabled', 'name', 'settings.a', 'version'];

interface Workspace {
	sources: Map<string, IDataObject>;
	/** Sources the listings leave out though they exist (a shifted page, a lagging replica). */
	unlisted: Set<string>;
	/** Sources Segment answers 404 for though they exist. */
	answering404: Set<string>;
	failNext: () => boolean;
	/** Milliseconds before an answer, so overlapping polls interleave. */
	delay: () => number;
}

/** A fake Public API over one workspace per sequence (/w<seed>/...): sources with offset cursors. */
function serveWorkspaces(workspaces: Map<string, Workspace>): LocalHandler {
	return (request, _body, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const [, seed, ...rest] = url.pathname.split('/');
		const path = `/${rest.join('/')}`;
		const workspace = workspaces.get(seed);
		const reply = (status: number, body: unknown) => replyJson(response, status, body);
		if (request.headers.authorization !== `Bearer ${TOKEN}` || !workspace) {
			return reply(404, { errors: [{ type: 'not-found', message: 'unexpected request' }] });
		}
		if (workspace.failNext()) return reply(500, { errors: [{ type: 'server', message: 'boom' }] });
		// Read now, answered later: the answer is what the workspace was when asked.
		const answer = (status: number, body: unknown) =>
			void sleep(workspace.delay()).then(() => reply(status, body));
		if (path === '/') return answer(200, { data: { workspace: { id: seed } } });
		if (path === '/destinations' || path === '/warehouses') {
			return answer(200, { data: { [path.slice(1)]: [], pagination: { next: null } } });
		}
		if (path === '/sources') {
			const listed = [...workspace.sources.values()].filter(
				(source) => !workspace.unlisted.has(String(source.id)),
			);
			const offset = Number(url.searchParams.get('pagination[cursor]') ?? 0);
			const count = Math.min(Number(url.searchParams.get('pagination[count]')), SERVER_PAGE_SIZE);
			const next = offset + count < listed.length ? String(offset + count) : null;
			return answer(200, {
				data: { sources: copy(listed.slice(offset, offset + count)), pagination: { next } },
			});
		}
		const id = decodeURIComponent(path.replace(/^\/sources\//, ''));
		const source = workspace.sources.get(id);
		if (source && !workspace.answering404.has(id)) return answer(200, { data: { source } });
		answer(404, { errors: [{ type: 'not-found', message: 'Source not found' }] });
	};
}

const copy = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T;

/** What the trigger adds to a listed source: the destinations and warehouses connected (none here). */
const asExported = (record: IDataObject): IDataObject => ({
	...record,
	connectedDestinationIds: [],
	connectedWarehouseIds: [],
});

function valueAt(record: IDataObject, path: string): unknown {
	const [key, inner] = path.split('.');
	return inner ? (record[key] as IDataObject)[inner] : record[key];
}

describe('Segment Public API Trigger, Configuration Changed, randomized', () => {
	const workspaces = new Map<string, Workspace>();
	const api = useLocalApi(serveWorkspaces(workspaces));
	withoutBackoffWaits();

	const seeds = Array.from({ length: SEQUENCES }, (_, index) => index + 1);
	it.concurrent.each(seeds)(
		'reports each addition, change and removal once, through misses, passing 404s, overlapping polls and restarts (sequence %i)',
		async (seed) => {
			const random = mulberry32(seed);
			const delays = mulberry32(seed + 1_000_000);
			let failing = false;
			let down = false;
			const workspace: Workspace = {
				sources: new Map(),
				unlisted: new Set(),
				answering404: new Set(),
				failNext: () => (down ||= failing && random() < FAILURE_RATE),
				delay: () => Math.floor(delays() * 4),
			};
			workspaces.set(`w${seed}`, workspace);
			let nextId = 0;
			const create = () => {
				const id = `src-${nextId++}`;
				workspace.sources.set(id, {
					id,
					name: `Source ${id}`,
					enabled: true,
					version: 0,
					settings: { a: 1, b: 'x' },
				});
			};
			const pick = () => {
				const ids = [...workspace.sources.keys()];
				return ids.length ? ids[Math.floor(random() * ids.length)] : undefined;
			};
			/**
			 * Sources that had a passing 404, until a poll that returned items (so n8n stored its state)
			 * listed them again. A second one before that would be two in a row as the stored state
			 * sees it: the documented bound.
			 */
			const suspect = new Set<string>();
			const mutate = () => {
				for (let i = Math.floor(random() * 3); i > 0; i--) create();
				for (let i = Math.floor(random() * 3); i > 0; i--) {
					const id = pick();
					if (!id) break;
					const source = workspace.sources.get(id) as IDataObject;
					const settings = source.settings as IDataObject;
					const choice = random();
					if (choice < 0.3) source.enabled = !source.enabled;
					else if (choice < 0.6) settings.a = Number(settings.a) + 1;
					else if (choice < 0.8) source.name = `${String(source.name)}!`;
					else {
						workspace.sources.delete(id);
						continue;
					}
					source.version = Number(source.version) + 1;
				}
				workspace.unlisted.clear();
				workspace.answering404.clear();
				for (const id of workspace.sources.keys()) {
					if (random() >= GLITCH_RATE) continue;
					workspace.unlisted.add(id);
					if (!suspect.has(id) && random() < 0.5) workspace.answering404.add(id);
				}
			};

			for (let i = 0; i < 3; i++) create();
			const trigger = activateTrigger(
				{ events: ['configurationChanged'], watchedParts: ['sources'] },
				{ apiToken: TOKEN, region: 'custom', baseUrl: `${api.url}/w${seed}` },
			);
			expect(await trigger.poll()).toBeNull();
			// n8n stores the static data on activation and when a poll returns items, not otherwise.
			let stored = copy(trigger.staticData());
			const restart = () => {
				const state = trigger.staticData();
				for (const key of Object.keys(state)) delete state[key];
				Object.assign(state, copy(stored));
			};
			// What the workflow has been told, per source: the record as last reported.
			const told = new Map(
				[...workspace.sources].map(([id, record]) => [id, asExported(copy(record))]),
			);
			const problems: string[] = [];
			const take = (step: number | string, items: IDataObject[]) => {
				for (const item of items) {
					const id = String(item.id);
					const before = told.get(id);
					const where = `step ${step}, ${String(item.kind)} ${id}`;
					if (item.kind === 'added') {
						if (before) problems.push(`${where}: already told`);
						told.set(id, item.record as IDataObject);
					} else if (item.kind === 'changed') {
						const record = item.record as IDataObject;
						if (!before) {
							problems.push(`${where}: never told`);
						} else {
							if (Number(record.version) <= Number(before.version)) {
								problems.push(
									`${where}: version ${String(record.version)} after ${String(before.version)}`,
								);
							}
							const paths = TRACKED_PATHS.filter(
								(path) => valueAt(before, path) !== valueAt(record, path),
							);
							if (JSON.stringify(item.changedPaths) !== JSON.stringify(paths)) {
								problems.push(
									`${where}: paths ${JSON.stringify(item.changedPaths)}, expected ${JSON.stringify(paths)}`,
								);
							}
						}
						told.set(id, record);
					} else {
						if (!before) problems.push(`${where}: never told`);
						if (workspace.sources.has(id)) problems.push(`${where}: it still exists`);
						told.delete(id);
					}
				}
			};
			const pollOnce = async (step: number | string) => {
				const unlisted = new Set(workspace.unlisted);
				let output;
				try {
					output = await trigger.poll();
				} catch (error) {
					expect((error as Error).message).toBe('boom');
					return;
				}
				if (output) {
					stored = copy(trigger.staticData());
					for (const id of suspect) if (!unlisted.has(id)) suspect.delete(id);
				}
				take(
					step,
					(output?.[0] ?? []).map((item) => item.json),
				);
			};

			for (let step = 0; step < POLLS_PER_SEQUENCE; step++) {
				mutate();
				for (const id of workspace.answering404) suspect.add(id);
				failing = true;
				down = false;
				if (random() < RESTART_RATE) restart();
				if (random() < OVERLAP_RATE) {
					// Both take their place before either reads: neither reading is older.
					await Promise.all([pollOnce(step), pollOnce(step)]);
				} else {
					await pollOnce(step);
				}
			}
			failing = false;
			down = false;
			workspace.unlisted.clear();
			workspace.answering404.clear();
			for (let clean = 0; clean < CLEAN_POLLS; clean++) await pollOnce(`clean ${clean}`);

			const expected = new Map(
				[...workspace.sources].map(([id, record]) => [id, asExported(record)]),
			);
			expect({ seed, problems, told: Object.fromEntries(told) }).toEqual({
				seed,
				problems: [],
				told: Object.fromEntries(expected),
			});
		},
		// A sequence takes a fraction of a second; the margin is for a machine loaded by other work.
		30_000,
	);
});
