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
const RESTART_RATE = 0.2;
const TOGGLE_RATE = 0.3;

interface Workspace {
	sources: string[];
	destinations: string[];
	/** Records that are disabled. */
	disabled: Set<string>;
	failNext: () => boolean;
}

/**
 * A fake Public API over one workspace per sequence (/w<seed>/sources): offset cursors, pages of
 * SERVER_PAGE_SIZE, injected 500s, and one record by ID (/w<seed>/sources/<id>: 404 once deleted).
 */
function serveWorkspaces(workspaces: Map<string, Workspace>): LocalHandler {
	return (request, _body, response) => {
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		const [, seed, root, id] = url.pathname.split('/') as [
			string,
			string,
			'sources' | 'destinations',
			string | undefined,
		];
		const workspace = workspaces.get(seed) as Workspace;
		const reply = (status: number, body: unknown) => replyJson(response, status, body);
		if (request.headers.authorization !== `Bearer ${TOKEN}` || !workspace || !(root in workspace)) {
			return reply(404, { errors: [{ type: 'not-found', message: 'unexpected request' }] });
		}
		if (workspace.failNext()) return reply(500, { errors: [{ type: 'server', message: 'boom' }] });
		if (id !== undefined) {
			return workspace[root].includes(id)
				? reply(200, { data: { [root.slice(0, -1)]: { id } } })
				: reply(404, { errors: [{ type: 'not-found', message: 'not found' }] });
		}
		const offset = Number(url.searchParams.get('pagination[cursor]') ?? 0);
		const count = Math.min(Number(url.searchParams.get('pagination[count]')), SERVER_PAGE_SIZE);
		const ids = workspace[root].slice(offset, offset + count);
		const next = offset + count < workspace[root].length ? String(offset + count) : null;
		const records = ids.map((id) => ({
			id,
			name: id,
			enabled: !workspace.disabled.has(id),
			metadata: { id: 'm', name: 'M' },
		}));
		reply(200, { data: { [root]: records, pagination: { current: String(offset), next } } });
	};
}

function shuffleInsert(list: string[], id: string, random: () => number) {
	list.splice(Math.floor(random() * (list.length + 1)), 0, id);
}

describe('Segment Public API Trigger, randomized', () => {
	const workspaces = new Map<string, Workspace>();
	const api = useLocalApi(serveWorkspaces(workspaces));
	// Outages are retried as often as ever; only the waits between retries, which made up most of
	// this test's duration, are left out.
	withoutBackoffWaits();

	// One test per sequence, each on its own workspace, a few at a time (jest's maxConcurrency): each
	// takes a fraction of a second however loaded the machine is, and their waits on the socket overlap.
	const seeds = Array.from({ length: SEQUENCES }, (_, index) => index + 1);
	it.concurrent.each(seeds)(
		'emits exactly the records created since activation, once each, through restarts; with Only Enabled (even sequences) each when first seen enabled (sequence %i)',
		async (seed) => {
			{
				const random = mulberry32(seed);
				let failing = false;
				// A failure starts an outage that lasts for the rest of the poll, so retries can't hide it.
				let down = false;
				const workspace: Workspace = {
					sources: [],
					destinations: [],
					disabled: new Set(),
					failNext: () => (down ||= failing && random() < FAILURE_RATE),
				};
				workspaces.set(`w${seed}`, workspace);
				let nextId = 0;
				const mutate = () => {
					for (const root of ['sources', 'destinations'] as const) {
						const list = workspace[root];
						for (let i = Math.floor(random() * 4); i > 0; i--) {
							const id = `${root}-${nextId++}`;
							shuffleInsert(list, id, random);
							if (random() < 0.5) workspace.disabled.add(id);
						}
						for (const id of list) {
							if (random() >= TOGGLE_RATE) continue;
							if (workspace.disabled.has(id)) workspace.disabled.delete(id);
							else workspace.disabled.add(id);
						}
						for (let i = Math.floor(random() * 3); i > 0 && list.length > 0; i--) {
							list.splice(Math.floor(random() * list.length), 1);
						}
					}
				};

				mutate();
				const enabledOnly = seed % 2 === 0;
				const trigger = activateTrigger(
					{ events: ['newSource', 'newDestination'], options: { enabledOnly } },
					{ apiToken: TOKEN, region: 'custom', baseUrl: `${api.url}/w${seed}` },
				);
				expect(await trigger.poll()).toBeNull();
				// n8n stores the static data on activation and when a poll returns items, not otherwise.
				const copy = <T>(value: T) => JSON.parse(JSON.stringify(value)) as T;
				let stored = copy(trigger.staticData());
				const existingAtActivation = new Set([...workspace.sources, ...workspace.destinations]);

				const expected = new Set<string>();
				const emitted: string[] = [];
				for (let step = 0; step < POLLS_PER_SEQUENCE; step++) {
					mutate();
					const lastStep = step === POLLS_PER_SEQUENCE - 1;
					failing = !lastStep;
					down = false;
					const alive = [...workspace.sources, ...workspace.destinations].filter(
						(id) => !enabledOnly || !workspace.disabled.has(id),
					);
					if (random() < RESTART_RATE) {
						const state = trigger.staticData();
						for (const key of Object.keys(state)) delete state[key];
						Object.assign(state, copy(stored));
					}
					try {
						const output = await trigger.poll();
						if (output) stored = copy(trigger.staticData());
						for (const item of output?.[0] ?? []) emitted.push(String(item.json.id));
						for (const id of alive) if (!existingAtActivation.has(id)) expected.add(id);
					} catch (error) {
						expect((error as Error).message).toBe('boom');
					}
				}

				const context = `seed ${seed}`;
				expect({ context, emitted: [...emitted].sort() }).toEqual({
					context,
					emitted: [...expected].sort(),
				});
				expect({ context, duplicates: emitted.length - new Set(emitted).size }).toEqual({
					context,
					duplicates: 0,
				});
			}
		},
		// A sequence takes a fraction of a second; the margin is for a machine loaded by other work.
		30_000,
	);
});
