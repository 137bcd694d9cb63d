import type { IDataObject } from 'n8n-workflow';
import { activateTrigger, TOKEN } from '../../harness/node';
import {
	mulberry32,
	replyJson,
	useLocalApi,
	withoutBackoffWaits,
	type LocalHandler,
} from '../../harness/localApi';

const SEQUENCES = 60;
const POLLS_PER_SEQUENCE = 8;
const SERVER_PAGE_SIZE = 3;
const FAILURE_RATE = 0.15;
const GLITCH_RATE = 0.1;

interface Workspace {
	sources: Map<string, IDataObject>;
	/** Sources the next listings leave out though they exist (a shifted page, a lagging replica). */
	hidden: Set<string>;
	failNext: () => boolean;
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
		if (path === '/') return reply(200, { data: { workspace: { id: seed } } });
		if (path === '/destinations' || path === '/warehouses') {
			return reply(200, { data: { [path.slice(1)]: [], pagination: { next: null } } });
		}
		if (path === '/sources') {
			const listed = [...workspace.sources.values()].filter(
				(source) => !workspace.hidden.has(String(source.id)),
			);
			const offset = Number(url.searchParams.get('pagination[cursor]') ?? 0);
			const count = Math.min(Number(url.searchParams.get('pagination[count]')), SERVER_PAGE_SIZE);
			const next = offset + count < listed.length ? String(offset + count) : null;
			return reply(200, {
				data: { sources: listed.slice(offset, offset + count), pagination: { next } },
			});
		}
		const id = decodeURIComponent(path.replace(/^\/sources\//, ''));
		const source = workspace.sources.get(id);
		if (source) return reply(200, { data: { source } });
		reply(404, { errors: [{ type: 'not-found', message: 'Source not found' }] });
	};
}

const copy = (record: IDataObject) => JSON.parse(JSON.stringify(record)) as IDataObject;

/** What the trigger adds to a listed source: the destinations and warehouses connected (none here). */
const asExported = (record: IDataObject) => ({
	...record,
	connectedDestinationIds: [],
	connectedWarehouseIds: [],
});

describe('Segment Public API Trigger, Configuration Changed, randomized', () => {
	const workspaces = new Map<string, Workspace>();
	const api = useLocalApi(serveWorkspaces(workspaces));
	withoutBackoffWaits();

	const seeds = Array.from({ length: SEQUENCES }, (_, index) => index + 1);
	it.concurrent.each(seeds)(
		'reports each addition, change and removal once, with the changed paths (sequence %i)',
		async (seed) => {
			const random = mulberry32(seed);
			let failing = false;
			let down = false;
			const workspace: Workspace = {
				sources: new Map(),
				hidden: new Set(),
				failNext: () => (down ||= failing && random() < FAILURE_RATE),
			};
			workspaces.set(`w${seed}`, workspace);
			let nextId = 0;
			const create = () => {
				const id = `src-${nextId++}`;
				workspace.sources.set(id, {
					id,
					name: `Source ${id}`,
					enabled: true,
					settings: { a: 1, b: 'x' },
				});
			};
			const pick = () => {
				const ids = [...workspace.sources.keys()];
				return ids.length ? ids[Math.floor(random() * ids.length)] : undefined;
			};
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
					else workspace.sources.delete(id);
				}
				workspace.hidden.clear();
				for (const id of workspace.sources.keys()) {
					if (random() < GLITCH_RATE) workspace.hidden.add(id);
				}
			};

			for (let i = 0; i < 3; i++) create();
			const trigger = activateTrigger(
				{ events: ['configurationChanged'], watchedParts: ['sources'] },
				{ apiToken: TOKEN, region: 'custom', baseUrl: `${api.url}/w${seed}` },
			);
			expect(await trigger.poll()).toBeNull();
			// What the workflow has been told, per source: the record as last reported.
			const told = new Map([...workspace.sources].map(([id, record]) => [id, copy(record)]));
			const problems: string[] = [];

			for (let step = 0; step < POLLS_PER_SEQUENCE; step++) {
				mutate();
				failing = step < POLLS_PER_SEQUENCE - 1;
				down = false;
				let output;
				try {
					output = await trigger.poll();
				} catch (error) {
					expect((error as Error).message).toBe('boom');
					continue;
				}
				const expected: string[] = [];
				for (const [id, record] of workspace.sources) {
					if (workspace.hidden.has(id)) continue;
					const before = told.get(id);
					if (!before) expected.push(`added ${id}`);
					else {
						const paths = ['enabled', 'name', 'settings.a'].filter((path) => {
							const [key, inner] = path.split('.');
							const value = (r: IDataObject) => (inner ? (r[key] as IDataObject)[inner] : r[key]);
							return value(before) !== value(record);
						});
						if (paths.length) expected.push(`changed ${id} ${paths.join(',')}`);
					}
					told.set(id, copy(record));
				}
				for (const id of [...told.keys()]) {
					if (!workspace.sources.has(id)) {
						expected.push(`removed ${id}`);
						told.delete(id);
					}
				}
				const items = (output?.[0] ?? []).map((item) => item.json);
				const got = items.map((item) =>
					item.kind === 'changed'
						? `changed ${String(item.id)} ${(item.changedPaths as string[]).join(',')}`
						: `${String(item.kind)} ${String(item.id)}`,
				);
				if (JSON.stringify([...got].sort()) !== JSON.stringify([...expected].sort())) {
					problems.push(
						`step ${step}: got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`,
					);
				}
				for (const item of items) {
					if (item.kind !== 'removed') {
						expect(item.record).toEqual(
							asExported(workspace.sources.get(String(item.id)) as IDataObject),
						);
					}
				}
			}
			expect({ seed, problems }).toEqual({ seed, problems: [] });
		},
		// A sequence takes a fraction of a second; the margin is for a machine loaded by other work.
		30_000,
	);
});
