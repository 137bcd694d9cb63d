import type { IDataObject, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';
import type { Sandbox } from '../../../../../sandbox/server';
import { runNode } from '../../../../harness/node';
import { useSandbox, type UsedSandbox } from '../../../../harness/sandbox';
import { CONFIGURATION_PARTS } from '../../../../../nodes/SegmentPublicApi/shared/configuration';
import { apiOf, exportOf } from './applyConfigurationFixtures';

const PRODUCTION_TOKEN = `production-${Math.random().toString(36).slice(2)}`;
const SHARED_SECRET = `whsec-${Math.random().toString(36).slice(2)}`;

type State = Record<string, Map<string, IDataObject>>;

/** Two workspaces: staging (the snapshot's) and production (the credential's), as sandboxes. */
function useWorkspaces() {
	const staging = useSandbox({ seed: 1 });
	const production = useSandbox({ seed: 2, token: PRODUCTION_TOKEN });
	return { staging, production };
}

const stateOf = (sandbox: Sandbox) => sandbox.state as unknown as State;
const sourceId = (sandbox: Sandbox, slug: string) =>
	String([...stateOf(sandbox).sources.values()].find((source) => source.slug === slug)!.id);
const destinationId = (sandbox: Sandbox, name: string) =>
	String([...stateOf(sandbox).destinations.values()].find((d) => d.name === name)!.id);

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
	await apiOf(production)('PATCH', `/sources/${sourceId(production, 'acme_website')}`, {
		name: 'Acme Web (old)',
		enabled: false,
	});
	await apiOf(production)('DELETE', `/destinations/${destinationId(production, 'Order Webhook')}`);
	const plan = [...stateOf(production).trackingPlans.values()].find(
		(p) => p.name === 'Backend Events',
	)!;
	await apiOf(production)('DELETE', `/tracking-plans/${String(plan.id)}`);
}

describe('Workspace > Apply Configuration: promote staging to production (two sandboxes over real HTTP)', () => {
	const { staging, production } = useWorkspaces();
	const secretValues = {
		'destination:acme_backend/Order Webhook': { 'settings.sharedSecret': SHARED_SECRET },
	};
	let snapshot: IDataObject;
	beforeAll(async () => {
		await driftProduction(production.sandbox());
		snapshot = await exportOf(staging.credentials(), CONFIGURATION_PARTS);
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
		expect(plan[4].json.changes).toEqual([{ path: 'sources', wanted: 'source:acme_backend' }]);
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
		const plan = [...stateOf(prod).trackingPlans.values()].find(
			(p) => p.name === 'Backend Events',
		)!;

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
			{
				method: 'POST',
				path: `/tracking-plans/${String(plan.id)}/sources`,
				body: { sourceId: backend },
			},
		]);
		expect(
			(
				sent.find((r) => r.method === 'PATCH' && String(r.url).endsWith('/rules'))!
					.body as IDataObject
			).rules,
		).toHaveLength(stagingRules.length);
		expect(stateOf(prod).destinations.get(webhook)!.settings).toEqual({
			sharedSecret: SHARED_SECRET,
		});
		expect(JSON.stringify(applied)).not.toContain(SHARED_SECRET);
		expect(JSON.stringify([...stateOf(prod).destinations.values()])).not.toContain('••');

		const again: IHttpRequestOptions[] = [];
		expect(await applyTo(production, snapshot, { mode: 'apply' }, { sent: again })).toEqual([]);
		expect(writes(again)).toEqual([]);
	});
});

describe('Workspace > Apply Configuration: deletions, what cannot be applied, and bad input', () => {
	const { staging, production } = useWorkspaces();
	let snapshot: IDataObject;
	beforeAll(async () => {
		const prod = production.sandbox();
		const extra = await apiOf(prod)('POST', '/sources', {
			slug: 'extra_app',
			enabled: true,
			metadataId: 'IqDTy1TpoU',
		});
		await apiOf(prod)('POST', '/destinations', {
			sourceId: (extra.source as IDataObject).id,
			metadataId: '5f7dd8e302173ff732db5cc4',
			name: 'Extra Slack',
			enabled: false,
			settings: {},
		});
		snapshot = await exportOf(staging.credentials(), CONFIGURATION_PARTS);
	});

	it('deletes only when asked, after every other change, children first; connections to unknown sources stay otherwise', async () => {
		const kept = await applyTo(production, snapshot);
		expect(kept).toEqual([]);

		const prod = production.sandbox();
		const extra = sourceId(prod, 'extra_app');
		const sent: IHttpRequestOptions[] = [];
		const plan = await applyTo(production, snapshot, { deleteMissing: true }, { sent });
		expect(summary(plan)).toEqual([
			'1 disconnect warehouse Analytics Snowflake planned',
			'2 disconnect warehouse Ops Postgres planned',
			'3 delete destination extra_app/Extra Slack planned',
			'4 delete source extra_app planned',
		]);
		expect(plan[0].json.changes).toEqual([
			{ path: 'connectedSources', current: 'source:extra_app' },
		]);

		const warehouse = (name: string) =>
			String(
				[...stateOf(prod).warehouses.values()].find(
					(w) => (w.settings as IDataObject).name === name,
				)!.id,
			);
		const slack = destinationId(prod, 'Extra Slack');
		const applied: IHttpRequestOptions[] = [];
		await applyTo(production, snapshot, { deleteMissing: true, mode: 'apply' }, { sent: applied });
		expect(writes(applied)).toEqual([
			{
				method: 'DELETE',
				path: `/warehouses/${warehouse('Analytics Snowflake')}/connected-sources/${extra}`,
			},
			{
				method: 'DELETE',
				path: `/warehouses/${warehouse('Ops Postgres')}/connected-sources/${extra}`,
			},
			{ method: 'DELETE', path: `/destinations/${slack}` },
			{ method: 'DELETE', path: `/sources/${extra}` },
		]);
		expect(await applyTo(production, snapshot, { deleteMissing: true })).toEqual([]);
	});

	it('reports what the API cannot change as skipped, with the reason, and writes none of it', async () => {
		const changed = JSON.parse(JSON.stringify(snapshot)) as IDataObject;
		const sources = changed.sources as IDataObject[];
		const website = sources.find((source) => source.slug === 'acme_website')!;
		website.metadata = { ...(website.metadata as IDataObject), id: 'UBrsG9RVzw' };
		(changed.labels as IDataObject[])[0].description = 'Now described';
		(changed.functions as IDataObject[]).push({
			id: 'dfn_staging_only',
			displayName: 'Staging Only',
			resourceType: 'DESTINATION',
		});

		const sent: IHttpRequestOptions[] = [];
		const plan = await applyTo(production, changed, { mode: 'apply' }, { sent });

		expect(
			plan.map(({ json }) => [json.action, json.kind, json.key, json.status, json.reason]),
		).toEqual([
			[
				'skip',
				'label',
				`${String((changed.labels as IDataObject[])[0].key)}:${String((changed.labels as IDataObject[])[0].value)}`,
				'skipped',
				"Segment's API cannot change a label's description: delete the label and create it again",
			],
			[
				'skip',
				'function',
				'DESTINATION/Staging Only',
				'skipped',
				'The snapshot has no code for this function (an export made before exports read it): export again, or create it with Function > Create, then apply again',
			],
			[
				'skip',
				'source',
				'acme_website',
				'skipped',
				'metadataId cannot change once a source exists: delete it and apply again to create it anew',
			],
		]);
		expect(plan[2].json.changes).toEqual([
			{ path: 'metadataId', current: 'IqDTy1TpoU', wanted: 'UBrsG9RVzw' },
		]);
		expect(writes(sent)).toEqual([]);
	});

	it("exports each function's code and applies a change to it", async () => {
		const changed = JSON.parse(JSON.stringify(snapshot)) as IDataObject;
		const fn = (changed.functions as IDataObject[])[0];
		const prodFunction = [...stateOf(production.sandbox()).functions.values()].find(
			(f) => f.displayName === fn.displayName,
		)!;
		const codeBefore = prodFunction.code;
		expect(fn.code).toBe(codeBefore);
		fn.code = 'async function onTrack(event) { return event; }';

		const sent: IHttpRequestOptions[] = [];
		const [item] = await applyTo(
			production,
			changed,
			{ mode: 'apply', applyParts: ['functions'] },
			{ sent },
		);
		expect(item.json).toMatchObject({
			action: 'update',
			kind: 'function',
			status: 'done',
			changes: [{ path: 'code', current: codeBefore, wanted: fn.code }],
		});
		expect(writes(sent)).toEqual([
			{ method: 'PATCH', path: `/functions/${String(prodFunction.id)}`, body: { code: fn.code } },
		]);
		expect(await applyTo(production, changed, { applyParts: ['functions'] })).toEqual([]);
	});

	it('blocks a change whose source the target lacks when Sources is not applied, naming it', async () => {
		const changed = JSON.parse(JSON.stringify(snapshot)) as IDataObject;
		const newApp = {
			id: 'src_new_app',
			slug: 'new_app',
			name: 'New App',
			enabled: true,
			metadata: { id: 'IqDTy1TpoU' },
			settings: {},
			labels: [],
		};
		(changed.sources as IDataObject[]).push(newApp);
		(changed.destinations as IDataObject[]).push({
			id: 'dst_new',
			name: 'New Slack',
			sourceId: 'src_new_app',
			enabled: true,
			metadata: { id: '5f7dd8e302173ff732db5cc4' },
			settings: {},
		});

		const plan = await applyTo(production, changed, { applyParts: ['destinations'] });
		expect(summary(plan)).toEqual(['1 create destination new_app/New Slack blocked']);
		expect(plan[0].json.reason).toBe(
			'Needs source "new_app", which the target workspace does not have and this apply does not create',
		);
	});

	it('writes a plan of more than 200 rules in batches, as Sync Rules does', async () => {
		const changed = JSON.parse(JSON.stringify(snapshot)) as IDataObject;
		const plan = (changed.trackingPlans as IDataObject[])[0];
		plan.rules = Array.from({ length: 250 }, (_, index) => ({
			type: 'TRACK',
			key: `Event ${String(index).padStart(3, '0')}`,
			version: 1,
			jsonSchema: { properties: {} },
		}));
		const sent: IHttpRequestOptions[] = [];
		await applyTo(production, changed, { mode: 'apply', applyParts: ['trackingPlans'] }, { sent });

		const id = [...stateOf(production.sandbox()).trackingPlans.values()].find(
			(p) => p.name === plan.name,
		)!.id;
		const rulesPath = `/tracking-plans/${String(id)}/rules`;
		expect(
			writes(sent).map((write) => [
				write.method,
				write.path,
				(((write.body as IDataObject | undefined)?.rules ?? write.qs?.rules) as unknown[]).length,
			]),
		).toEqual([
			['PATCH', rulesPath, 200],
			['PATCH', rulesPath, 50],
			['DELETE', rulesPath, 4],
		]);
		expect(await applyTo(production, changed, { applyParts: ['trackingPlans'] })).toEqual([]);
	});

	it.each([
		['not JSON', '{"destination:x": ', 'The field "Secret Values"'],
		[
			'not an object of paths',
			'{"destination:x": "secret"}',
			'The field "Secret Values" has an entry "destination:x" that is not an object of paths',
		],
		[
			'a value that is not text',
			'{"destination:x": {"settings.apiKey": 42}}',
			'The field "Secret Values" has a value at "destination:x" › "settings.apiKey" that is not text',
		],
	])(
		'refuses Secret Values that are %s before any request',
		async (_case, secretValues, message) => {
			const sent: IHttpRequestOptions[] = [];
			await expect(applyTo(production, snapshot, { secretValues }, { sent })).rejects.toThrow(
				message,
			);
			expect(sent).toEqual([]);
		},
	);
});
