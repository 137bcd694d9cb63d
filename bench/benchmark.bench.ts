/* eslint-disable @n8n/community-nodes/no-restricted-globals -- dev-only code: it never ships in dist/ */
/**
 * `npm run bench`: figures of the node against the sandbox (sandbox/server.js) over real HTTP on
 * 127.0.0.1, run in-process through n8n-core like the unit tests. Prints a table; asserts nothing
 * but that each run completed. Sizes come from the environment:
 *   BENCH_SOURCES (10000), BENCH_GETS (2000), BENCH_LIMIT_POINTS (100), BENCH_LIMIT_WINDOW_MS (10000),
 *   BENCH_EXPORT_SOURCES (2000), BENCH_EXPORT_DESTINATIONS (500),
 *   BENCH_PROMOTE_SOURCES (500), BENCH_PROMOTE_DESTINATIONS (200)
 */
import { sleep, type IDataObject, type IHttpRequestOptions } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { activateTrigger, runNode } from '../test/harness/node';

const SOURCES = Number(process.env.BENCH_SOURCES ?? 10_000);
const GETS = Number(process.env.BENCH_GETS ?? 2_000);
const POINTS = Number(process.env.BENCH_LIMIT_POINTS ?? 100);
const WINDOW_MS = Number(process.env.BENCH_LIMIT_WINDOW_MS ?? 10_000);
const EXPORT_SOURCES = Number(process.env.BENCH_EXPORT_SOURCES ?? 2_000);
const EXPORT_DESTINATIONS = Number(process.env.BENCH_EXPORT_DESTINATIONS ?? 500);
const PROMOTE_SOURCES = Number(process.env.BENCH_PROMOTE_SOURCES ?? 500);
const PROMOTE_DESTINATIONS = Number(process.env.BENCH_PROMOTE_DESTINATIONS ?? 200);
const APPLY_PARTS = [
	'labels',
	'functions',
	'sources',
	'warehouses',
	'destinations',
	'subscriptions',
	'destinationFilters',
	'transformations',
	'trackingPlans',
];

const rows: string[][] = [];
function report(...cells: Array<string | number>) {
	rows.push(cells.map(String));
}

function credentialsOf(sandbox: Sandbox) {
	return { apiToken: sandbox.token, region: 'custom', baseUrl: sandbox.url };
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
	const started = Date.now();
	const value = await run();
	return { value, ms: Date.now() - started };
}

/**
 * A plain client loop over the same cursor pages, on fetch's keep-alive connections: the least a
 * listing can cost, to compare Return All with.
 */
async function listWithPagesOf(sandbox: Sandbox, count: number): Promise<number> {
	let cursor: string | null = null;
	let records = 0;
	do {
		const url = new URL('/sources', sandbox.url);
		url.searchParams.set('pagination[count]', String(count));
		if (cursor) url.searchParams.set('pagination[cursor]', cursor);
		const response = await fetch(url, {
			headers: {
				authorization: `Bearer ${sandbox.token}`,
				accept: 'application/vnd.segment.v1+json',
			},
		});
		const body = (await response.json()) as {
			data: { sources: unknown[]; pagination: { next: string | null } };
		};
		records += body.data.sources.length;
		cursor = body.data.pagination.next;
	} while (cursor);
	return records;
}

/** n8n's generic Retry On Fail: the whole node runs again, up to 3 tries, 1 s apart (n8n's defaults). */
async function runWithN8nRetryOnFail(run: () => Promise<unknown>) {
	let lastError: unknown;
	for (let tries = 1; tries <= 3; tries++) {
		try {
			await run();
			return { ok: true, tries };
		} catch (error) {
			lastError = error;
			if (tries < 3) await sleep(1000);
		}
	}
	return { ok: false, tries: 3, error: (lastError as Error).message };
}

describe('benchmark', () => {
	let sandbox: Sandbox;

	beforeAll(async () => {
		sandbox = await startSandbox({ port: 0, sources: SOURCES });
	});

	afterAll(async () => {
		await sandbox.close();
		const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
		const line = (row: string[]) =>
			`| ${row.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
		process.stdout.write(
			[
				'',
				line(['figure', 'value', 'detail']),
				line(widths.map((width) => '-'.repeat(width))),
				...rows.map(line),
				'',
			].join('\n') + '\n',
		);
	});

	it(`lists ${SOURCES} sources`, async () => {
		sandbox.resetCounters();
		const ours = await timed(() =>
			runNode(
				{ resource: 'source', operation: 'getAll', returnAll: true, simplify: false },
				{ credentials: credentialsOf(sandbox) },
			),
		);
		expect(ours.value).toHaveLength(SOURCES);
		report(
			`requests to list ${SOURCES} sources, this node (Return All)`,
			sandbox.counters.requests,
			`${ours.ms} ms`,
		);

		sandbox.resetCounters();
		const loop = await timed(() => listWithPagesOf(sandbox, 50));
		expect(loop.value).toBe(SOURCES);
		report(
			`requests to list ${SOURCES} sources, a page-of-50 loop`,
			sandbox.counters.requests,
			`${loop.ms} ms`,
		);
	});

	it(`lists ${SOURCES} sources with Return All against a plain keep-alive loop over the same pages`, async () => {
		const median = (values: number[]) =>
			[...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
		const ours: number[] = [];
		const loop: number[] = [];
		for (let round = 0; round < 5; round++) {
			const run = await timed(() =>
				runNode(
					{ resource: 'source', operation: 'getAll', returnAll: true, simplify: false },
					{ credentials: credentialsOf(sandbox) },
				),
			);
			expect(run.value).toHaveLength(SOURCES);
			ours.push(run.ms);
			const plain = await timed(() => listWithPagesOf(sandbox, 1000));
			expect(plain.value).toBe(SOURCES);
			loop.push(plain.ms);
		}
		const range = (values: number[]) =>
			`median ${median(values)} ms (min ${Math.min(...values)}, max ${Math.max(...values)})`;
		report(
			`Return All over ${SOURCES} sources, this node, 5 rounds`,
			`${median(ours)} ms`,
			range(ours),
		);
		report(
			`the same pages of 1000, plain keep-alive fetch loop`,
			`${median(loop)} ms`,
			range(loop),
		);
		report(
			'Return All / plain loop (medians)',
			(median(ours) / median(loop)).toFixed(2),
			'goal <= 1.15',
		);
	});

	it(`gets ${GETS} sources under a limit of ${POINTS} requests per ${WINDOW_MS} ms`, async () => {
		const items = Array.from({ length: GETS }, (_, i) => ({ json: { index: i } }));
		const parameters = { resource: 'source', operation: 'getAll', limit: 1, simplify: false };

		sandbox.setFaults({ rateLimit: { points: POINTS, windowMs: WINDOW_MS } });
		sandbox.resetCounters();
		const ours = await timed(() =>
			runNode(
				{ ...parameters, options: { maxWaitSeconds: 3600 } },
				{ items, credentials: credentialsOf(sandbox), continueOnFail: true },
			),
		);
		const failed = ours.value.filter((item) => item.error).length;
		const windows = Math.floor(ours.ms / WINDOW_MS) + 1;
		const used = (100 * (GETS - failed)) / (POINTS * windows);
		report(
			`${GETS} gets under ${POINTS}/${WINDOW_MS} ms, this node: items ok / failed`,
			`${GETS - failed} / ${failed}`,
			`${sandbox.counters.requests} requests, ${sandbox.counters.rateLimited} answered 429, ${(ours.ms / 1000).toFixed(1)} s`,
		);
		report(
			`share of the allowed rate used, this node`,
			`${used.toFixed(1)} %`,
			`${GETS - failed} successes in ${windows} windows of ${POINTS}`,
		);

		sandbox.setFaults({ rateLimit: { points: POINTS, windowMs: WINDOW_MS } });
		sandbox.resetCounters();
		const generic = await timed(() =>
			runWithN8nRetryOnFail(() =>
				runNode(
					{ ...parameters, options: { maxRetries: 0 } },
					{ items, credentials: credentialsOf(sandbox) },
				),
			),
		);
		report(
			`${GETS} gets, n8n Retry On Fail (3 tries, 1 s) instead`,
			generic.value.ok ? `${GETS} ok` : `node failed after ${generic.value.tries} tries`,
			`${sandbox.counters.requests} requests, ${sandbox.counters.rateLimited} answered 429, ${(generic.ms / 1000).toFixed(1)} s`,
		);
		sandbox.setFaults({ rateLimit: null });
	});

	describe(`a workspace of ${EXPORT_SOURCES} sources`, () => {
		let workspace: Sandbox;
		beforeAll(async () => {
			workspace = await startSandbox({ port: 0, sources: EXPORT_SOURCES });
			// The seed has a handful of destinations; a workspace of this size has hundreds.
			const state = workspace.state as {
				sources: Map<string, { id: string }>;
				destinations: Map<string, { metadataId: string }>;
			};
			const sourceIds = [...state.sources.keys()];
			const types = [...state.destinations.values()].map((d) => d.metadataId);
			for (let n = state.destinations.size; n < EXPORT_DESTINATIONS; n++) {
				const response = await fetch(`${workspace.url}/destinations`, {
					method: 'POST',
					headers: {
						authorization: `Bearer ${workspace.token}`,
						accept: 'application/vnd.segment.v1+json',
						'content-type': 'application/vnd.segment.v1+json',
					},
					body: JSON.stringify({
						sourceId: sourceIds[n % sourceIds.length],
						metadataId: types[n % types.length],
						name: `Destination ${n}`,
						enabled: true,
						settings: {},
					}),
				});
				if (!response.ok) throw new Error(`creating destination ${n}: ${await response.text()}`);
			}
		});
		afterAll(async () => await workspace.close());

		const exportAll = async () =>
			await runNode(
				{ resource: 'workspace', operation: 'exportConfiguration' },
				{ credentials: credentialsOf(workspace) },
			);

		it('exports its whole configuration', async () => {
			workspace.resetCounters();
			const run = await timed(exportAll);
			const snapshot = run.value[0].json;
			const bytes = JSON.stringify(snapshot, null, 2).length;
			report(
				`export: every part, ${EXPORT_SOURCES} sources`,
				`${run.ms} ms`,
				`${workspace.counters.requests} requests, ${(bytes / 1e6).toFixed(1)} MB of JSON, ${(snapshot.sources as unknown[]).length} sources, ${(snapshot.destinations as unknown[]).length} destinations`,
			);
		});

		it(`exports it under a limit of ${POINTS} requests per ${WINDOW_MS} ms`, async () => {
			workspace.setFaults({ rateLimit: { points: POINTS, windowMs: WINDOW_MS } });
			workspace.resetCounters();
			const run = await timed(exportAll);
			report(
				`export under ${POINTS} requests / ${WINDOW_MS / 1000} s`,
				`${(run.ms / 1000).toFixed(1)} s`,
				`${workspace.counters.requests} requests, ${workspace.counters.rateLimited} answered 429, ${(run.value[0].json.sources as unknown[]).length} sources`,
			);
			workspace.setFaults({ rateLimit: null });
		});

		it('polls it for configuration changes', async () => {
			const trigger = activateTrigger(
				{
					events: ['configurationChanged'],
					watchedParts: ['sources', 'destinations', 'warehouses'],
				},
				credentialsOf(workspace),
			);
			workspace.resetCounters();
			const first = await timed(() => trigger.poll());
			const requests = workspace.counters.requests;
			const second = await timed(() => trigger.poll());
			expect(second.value).toBeNull();
			const records = Object.values(
				(trigger.staticData().configuration as { records: Record<string, object> }).records,
			).reduce((sum, part) => sum + Object.keys(part).length, 0);
			const bytes = JSON.stringify(trigger.staticData()).length;
			report(
				'Configuration Changed: requests per poll',
				requests,
				`sources, destinations, warehouses; first poll ${first.ms} ms, next ${second.ms} ms`,
			);
			report(
				'Configuration Changed: state bytes per record',
				(bytes / records).toFixed(0),
				`${bytes} bytes for ${records} records (a digest per record and per path, not the record)`,
			);
		});
	});

	describe(`a workspace of ${PROMOTE_SOURCES} sources promoted`, () => {
		let staging: Sandbox;
		let production: Sandbox;
		let snapshot: IDataObject;
		beforeAll(async () => {
			staging = await startSandbox({ port: 0, sources: PROMOTE_SOURCES });
			// Production starts with no source: every source, destination, connection is created.
			production = await startSandbox({ port: 0, seed: 2, sources: 0, token: 'prod-token' });
			const state = staging.state as { sources: Map<string, { id: string }> };
			const sourceIds = [...state.sources.keys()];
			for (let n = 0; n < PROMOTE_DESTINATIONS; n++) {
				const response = await fetch(`${staging.url}/destinations`, {
					method: 'POST',
					headers: {
						authorization: `Bearer ${staging.token}`,
						accept: 'application/vnd.segment.v1+json',
						'content-type': 'application/vnd.segment.v1+json',
					},
					// Slack (Actions): settings without secrets, so no Secret Values are needed for them.
					body: JSON.stringify({
						sourceId: sourceIds[n % sourceIds.length],
						metadataId: '5f7dd8e302173ff732db5cc4',
						name: `Slack ${n}`,
						enabled: true,
						settings: {},
					}),
				});
				if (!response.ok) throw new Error(`creating destination ${n}: ${await response.text()}`);
			}
			const [item] = await runNode(
				{ resource: 'workspace', operation: 'exportConfiguration', parts: APPLY_PARTS },
				{ credentials: credentialsOf(staging) },
			);
			snapshot = item.json;
		});
		afterAll(async () => {
			await staging.close();
			await production.close();
		});

		const apply = async (target: Sandbox, mode: string, secretValues: IDataObject = {}) => {
			const sent: IHttpRequestOptions[] = [];
			const run = await timed(() =>
				runNode(
					{
						resource: 'workspace',
						operation: 'applyConfiguration',
						mode,
						snapshotSource: 'json',
						snapshotJson: snapshot as unknown as string,
						applyParts: APPLY_PARTS,
						deleteMissing: false,
						secretValues: JSON.stringify(secretValues),
					},
					{ credentials: credentialsOf(target), sentOptions: sent },
				),
			);
			const reads = sent.filter((options) => (options.method ?? 'GET') === 'GET').length;
			return { ...run, items: run.value.map((i) => i.json), reads, writes: sent.length - reads };
		};

		it('plans it against itself (nothing to change), then applies it to an empty workspace', async () => {
			const same = await apply(staging, 'plan');
			expect(same.items).toEqual([]);
			report(
				`apply configuration: plan, ${PROMOTE_SOURCES} sources already equal`,
				`${same.ms} ms`,
				`${same.reads} requests (all reads: the target's export), 0 changes`,
			);

			// Secret Values for the censored secrets the plan asks for (the demo destinations'), generated.
			let secretValues: Record<string, IDataObject> = {};
			let plan = await apply(production, 'plan');
			for (let round = 0; round < 4; round++) {
				const asked: Record<string, IDataObject> = {};
				for (const change of plan.items) {
					for (const path of (change.needsInput as string[] | undefined) ?? []) {
						const record = `${String(change.kind)}:${String(change.key)}`;
						asked[record] = { ...(asked[record] ?? {}), [path]: `gen-${record.length}-${round}` };
					}
				}
				if (Object.keys(asked).length === 0) break;
				secretValues = { ...secretValues, ...asked };
				plan = await apply(production, 'plan', secretValues);
			}
			expect(plan.items.filter((change) => change.status !== 'planned')).toEqual([]);
			report(
				`apply configuration: plan, ${PROMOTE_SOURCES} sources into an empty workspace`,
				`${plan.ms} ms`,
				`${plan.reads} requests, ${plan.items.length} changes planned`,
			);

			const applied = await apply(production, 'apply', secretValues);
			const changes = applied.items.filter((change) => change.status === 'done').length;
			expect(changes).toBe(plan.items.length);
			const minimum = applied.reads + changes;
			report(
				`apply configuration: apply, ${PROMOTE_SOURCES} sources into an empty workspace`,
				`${applied.ms} ms`,
				`${applied.reads + applied.writes} requests (${applied.reads} reads, ${applied.writes} writes) for ${changes} changes: ${(applied.writes / changes).toFixed(2)} writes per change`,
			);
			report(
				'apply configuration: requests / minimum',
				((applied.reads + applied.writes) / minimum).toFixed(2),
				`minimum ${minimum} = the export reads (${applied.reads}) + 1 per create, update or connect (${changes})`,
			);
			const again = await apply(production, 'plan', secretValues);
			expect(again.items).toEqual([]);
			report(
				`apply configuration: plan after the apply, ${PROMOTE_SOURCES} sources`,
				`${again.ms} ms`,
				`${again.reads} requests, ${again.items.length} changes`,
			);
		});
	});

	it(`polls ${SOURCES} sources with the trigger`, async () => {
		const trigger = activateTrigger({ events: ['newSource'] }, credentialsOf(sandbox));
		sandbox.resetCounters();
		const first = await timed(() => trigger.poll());
		const firstRequests = sandbox.counters.requests;
		sandbox.resetCounters();
		const second = await timed(() => trigger.poll());
		expect(second.value).toBeNull();
		const bytes = JSON.stringify(trigger.staticData()).length;
		report(
			`trigger: requests per poll of ${SOURCES} sources`,
			sandbox.counters.requests,
			`first poll ${firstRequests} requests in ${first.ms} ms, next ${second.ms} ms`,
		);
		report(
			'trigger: state bytes per known ID',
			(bytes / SOURCES).toFixed(1),
			`${bytes} bytes of static data`,
		);
	});
});
