import type { IDataObject, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import type { Sandbox } from '../../../../../sandbox/server';
import { runNode } from '../../../../harness/node';
import { useSandbox, type UsedSandbox } from '../../../../harness/sandbox';

const PRODUCTION_TOKEN = `production-${Math.random().toString(36).slice(2)}`;
const SHARED_SECRET = `whsec-${Math.random().toString(36).slice(2)}`;

type State = Record<string, Map<string, IDataObject>>;

/** Two workspaces: staging (the snapshot's) and production (the credential's), as sandboxes. */
function useWorkspaces() {
	const staging = useSandbox({ seed: 1 });
	const production = useSandbox({ seed: 2, token: PRODUCTION_TOKEN });
	return { staging, production };
}

/** Calls a sandbox's Public API directly, to change a workspace before a test applies to it. */
async function call(sandbox: Sandbox, method: string, path: string, body?: unknown) {
	const response = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			authorization: `Bearer ${sandbox.token}`,
			'content-type': 'application/json',
			accept: 'application/vnd.segment.v1alpha+json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
	return ((await response.json()) as { data: IDataObject }).data;
}

const stateOf = (sandbox: Sandbox) => sandbox.state as unknown as State;
const sourceId = (sandbox: Sandbox, slug: string) =>
	String([...stateOf(sandbox).sources.values()].find((source) => source.slug === slug)!.id);
const destinationId = (sandbox: Sandbox, name: string) =>
	String([...stateOf(sandbox).destinations.values()].find((d) => d.name === name)!.id);

async function exportOf(workspace: UsedSandbox, parts?: string[]): Promise<IDataObject> {
	const [item] = await runNode(
		{ resource: 'workspace', operation: 'exportConfiguration', ...(parts ? { parts } : {}) },
		{ credentials: workspace.credentials() },
	);
	return item.json;
}

async function applyTo(
	workspace: UsedSandbox,
	snapshot: IDataObject,
	parameters: IDataObject = {},
	options: { continueOnFail?: boolean; sent?: IHttpRequestOptions[] } = {},
): Promise<INodeExecutionData[]> {
	return await runNode(
		{
			resource: 'workspace',
			operation: 'applyConfiguration',
			snapshotSource: 'json',
			snapshotJson: JSON.stringify(snapshot),
			...parameters,
		},
		{
			credentials: workspace.credentials(),
			continueOnFail: options.continueOnFail,
			sentOptions: options.sent,
		},
	);
}

const summary = (items: INodeExecutionData[]) =>
	items.map(({ json }) => `${json.step} ${json.action} ${json.kind} ${json.key} ${json.status}`);

const writes = (sent: IHttpRequestOptions[]) =>
	sent
		.filter((request) => request.method !== 'GET')
		.map((request) => ({
			method: request.method,
			path: new URL(String(request.url), 'http://x').pathname,
			...(request.body ? { body: request.body } : {}),
			...(request.qs && Object.keys(request.qs).length ? { qs: request.qs } : {}),
		}));

/** Production before each scenario: Acme Website renamed and disabled, Order Webhook and the Backend Events plan gone. */
async function driftProduction(production: Sandbox) {
	await call(production, 'PATCH', `/sources/${sourceId(production, 'acme_website')}`, {
		name: 'Acme Web (old)',
		enabled: false,
	});
	await call(production, 'DELETE', `/destinations/${destinationId(production, 'Order Webhook')}`);
	const plan = [...stateOf(production).trackingPlans.values()].find(
		(p) => p.name === 'Backend Events',
	)!;
	await call(production, 'DELETE', `/tracking-plans/${String(plan.id)}`);
}

describe('Workspace > Apply Configuration: promote staging to production (two sandboxes over real HTTP)', () => {
	const { staging, production } = useWorkspaces();
	const secretValues = {
		'destination:acme_backend/Order Webhook': { 'settings.sharedSecret': SHARED_SECRET },
	};
	let snapshot: IDataObject;
	beforeAll(async () => {
		await driftProduction(production.sandbox());
		snapshot = await exportOf(staging);
	});

	it('plans one item per change, dependencies first, with the changed paths, and writes nothing', async () => {
		const sent: IHttpRequestOptions[] = [];
		const plan = await applyTo(production, snapshot, {}, { sent });

		expect(summary(plan)).toEqual([
			'1 update source acme_website planned',
			'2 create destination acme_backend/Order Webhook needsInput',
			'3 create subscription acme_backend/Order Webhook/Orders to fulfilment blocked',
			'4 create trackingPlan Backend Events planned',
			'5 connect trackingPlan Backend Events planned',
		]);
		expect(plan[0].json).toMatchObject({
			id: sourceId(production.sandbox(), 'acme_website'),
			changes: [
				{ path: 'name', current: 'Acme Web (old)', wanted: 'Acme Website' },
				{ path: 'enabled', current: false, wanted: true },
			],
		});
		expect(plan[1].json).toMatchObject({
			needsInput: ['settings.sharedSecret'],
			changes: expect.arrayContaining([
				{ path: 'source', wanted: 'source:acme_backend' },
				{ path: 'settings', wanted: { sharedSecret: '••••••' } },
			]),
		});
		expect(plan[2].json.reason).toBe(
			'Needs destination "acme_backend/Order Webhook", which step 2 cannot create yet',
		);
		expect(plan[4].json.changes).toEqual([
			{ path: 'sources', wanted: 'source:acme_backend' },
		]);
		expect(writes(sent)).toEqual([]);
	});

	it('refuses to apply before any write while a change needs a secret, naming it', async () => {
		const sent: IHttpRequestOptions[] = [];
		await expect(applyTo(production, snapshot, { mode: 'apply' }, { sent })).rejects.toThrow(
			'Nothing was applied: 2 changes cannot run (step 2: create destination "acme_backend/Order Webhook", needs settings.sharedSecret; step 3: create subscription "acme_backend/Order Webhook/Orders to fulfilment", blocked)',
		);
		expect(writes(sent)).toEqual([]);
	});

	it("applies with production's IDs, writes the given secret and never outputs it, and a second plan is empty", async () => {
		const sent: IHttpRequestOptions[] = [];
		const applied = await applyTo(
			production,
			snapshot,
			{ mode: 'apply', secretValues: JSON.stringify(secretValues) },
			{ sent },
		);
		const prod = production.sandbox();
		const backend = sourceId(prod, 'acme_backend');
		const webhook = destinationId(prod, 'Order Webhook');
		const plan = [...stateOf(prod).trackingPlans.values()].find((p) => p.name === 'Backend Events')!;

		expect(summary(applied)).toEqual([
			'1 update source acme_website done',
			'2 create destination acme_backend/Order Webhook done',
			'3 create subscription acme_backend/Order Webhook/Orders to fulfilment done',
			'4 create trackingPlan Backend Events done',
			'5 connect trackingPlan Backend Events done',
		]);
		expect(applied[1].json.id).toBe(webhook);
		const stagingRules = [...stateOf(staging.sandbox()).trackingPlans.values()].find(
			(p) => p.name === 'Backend Events',
		)!.rules as IDataObject[];
		expect(writes(sent)).toEqual([
			{
				method: 'PATCH',
				path: `/sources/${sourceId(prod, 'acme_website')}`,
				body: { name: 'Acme Website', enabled: true },
			},
			{
				method: 'POST',
				path: '/destinations',
				body: {
					sourceId: backend,
					metadataId: '614a3c7d791c91c41bae7599',
					name: 'Order Webhook',
					enabled: true,
					settings: { sharedSecret: SHARED_SECRET },
				},
			},
			{
				method: 'POST',
				path: `/destinations/${webhook}/subscriptions`,
				body: {
					name: 'Orders to fulfilment',
					actionId: 'wEbHoOk0Send0000000001',
					trigger: 'event = "Order Completed"',
					enabled: true,
					settings: expect.any(Object),
				},
			},
			{
				method: 'POST',
				path: '/tracking-plans',
				body: { name: 'Backend Events', type: 'LIVE', description: expect.any(String) },
			},
			{
				method: 'PATCH',
				path: `/tracking-plans/${String(plan.id)}/rules`,
				body: { rules: expect.any(Array) },
			},
			{ method: 'POST', path: `/tracking-plans/${String(plan.id)}/sources`, body: { sourceId: backend } },
		]);
		expect((sent.find((r) => r.method === 'PATCH' && String(r.url).endsWith('/rules'))!.body as IDataObject).rules).toHaveLength(stagingRules.length);
		expect(stateOf(prod).destinations.get(webhook)!.settings).toEqual({ sharedSecret: SHARED_SECRET });
		expect(JSON.stringify(applied)).not.toContain(SHARED_SECRET);
		expect(JSON.stringify([...stateOf(prod).destinations.values()])).not.toContain('••');

		const again: IHttpRequestOptions[] = [];
		expect(await applyTo(production, snapshot, { mode: 'apply' }, { sent: again })).toEqual([]);
		expect(writes(again)).toEqual([]);
	});
});
