/**
 * Apply Configuration, randomized: two sandboxes start from the same demo workspace (with other
 * IDs), each is changed at random over the Public API as people would change them, then staging's
 * export of a random set of parts is applied to production. After the apply, production's export
 * of those parts is staging's (by natural key, IDs, secrets and timestamps aside), a new plan is
 * empty, and, without "Delete Records Not in Snapshot", production's own records are still there.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../../../sandbox/server';
import { mulberry32 } from '../../../../harness/localApi';
import {
	APPLY_PARTS,
	apiOf,
	applyConfiguration,
	credentialsOf,
	exportOf,
	normalise,
	planLines,
	secretsFor,
	withDependencies,
	type Api,
	type ApplyPart,
} from './applyConfigurationFixtures';

const SEQUENCES = 40;
const FIRST_SEED = 1;

const SOURCE_TYPES = [
	{
		prefix: 'web',
		metadataId: 'IqDTy1TpoU',
		settings: (slug: string) => ({ websiteUrl: `https://${slug}.example` }),
	},
	{ prefix: 'api', metadataId: 'xqegKCQA0W', settings: () => ({}) },
	{
		prefix: 'sms',
		metadataId: 'kG2qs8LJ7R',
		settings: (_slug: string, secret: string) => ({ accountSid: 'AC0000', authToken: secret }),
	},
];

interface DestinationType {
	label: string;
	metadataId: string;
	settings: (random: Random) => IDataObject;
	/** Settings that hold no secret, with the values they may take. */
	mutable: Record<string, unknown[]>;
	subscription?: { actionId: string; name: string; triggers: string[]; settings: IDataObject };
}

const DESTINATION_TYPES: DestinationType[] = [
	{
		label: 'Amplitude',
		metadataId: '54521fd525e721e32a72ee91',
		settings: (r) => ({ apiKey: r.secret(), batchEvents: r.bool(), trackAllPages: r.bool() }),
		mutable: { batchEvents: [true, false], trackAllPages: [true, false] },
	},
	{
		label: 'GA4',
		metadataId: '60ad61f9ff47a16b8fb7b5d9',
		settings: (r) => ({ measurementId: r.pick(['G-ONE', 'G-TWO']), apiSecret: r.secret() }),
		mutable: { measurementId: ['G-ONE', 'G-TWO', 'G-THREE'] },
		subscription: {
			actionId: 'gA4cLoUd0PageView00003',
			name: 'Page',
			triggers: ['type = "page"', 'type = "page" and context.app.name = "web"'],
			settings: { clientId: { '@path': '$.anonymousId' } },
		},
	},
	{
		label: 'Amplitude Actions',
		metadataId: '5f7dd6d21ad74f3842b1fc47',
		settings: (r) => ({ apiKey: r.secret(), secretKey: r.secret(), endpoint: 'north_america' }),
		mutable: { endpoint: ['north_america', 'europe'] },
		subscription: {
			actionId: 'aMpLiTuDe0LogEvent0001',
			name: 'Log',
			triggers: ['type = "track"', 'type = "track" and event = "Signed Up"'],
			settings: { event_type: { '@path': '$.event' } },
		},
	},
	{
		label: 'Webhook',
		metadataId: '614a3c7d791c91c41bae7599',
		settings: (r) => ({ sharedSecret: r.secret() }),
		mutable: {},
		subscription: {
			actionId: 'wEbHoOk0Send0000000001',
			name: 'Send',
			triggers: ['type = "track"', 'event = "Order Completed"'],
			settings: { url: 'https://hooks.example/segment', method: 'POST' },
		},
	},
	{
		label: 'Slack',
		metadataId: '5f7dd8e302173ff732db5cc4',
		settings: () => ({}),
		mutable: {},
		subscription: {
			actionId: 'sLaCk0PostMessage00001',
			name: 'Post',
			triggers: ['type = "identify"', 'type = "identify" and traits.plan = "pro"'],
			settings: { url: 'https://slack.example/hook', text: 'Signed up', channel: '#signups' },
		},
	},
	{
		label: 'Kinesis',
		metadataId: '57da359580412f644ff33fb9',
		settings: (r) => ({
			region: r.pick(['us-east-1', 'eu-west-1']),
			roleAddress: 'arn:aws:iam::000000000000:role/segment',
			secretId: r.secret(),
			stream: 'events',
		}),
		mutable: { region: ['us-east-1', 'eu-west-1'], stream: ['events', 'orders'] },
	},
];

const typeOfDestination = (metadataId: unknown) =>
	DESTINATION_TYPES.find((type) => type.metadataId === metadataId);

const LABELS = ['tier:gold', 'tier:silver', 'region:eu', 'region:us'];
const FILTER_CONDITIONS = ['type = "track"', 'type = "identify"', 'event = "Order Completed"'];
const FILTER_ACTIONS = [
	[{ type: 'DROP' }],
	[{ type: 'DROP_PROPERTIES', fields: { properties: ['email'] } }],
	[{ type: 'SAMPLE', percent: 0.5 }],
];

class Random {
	private secrets = 0;
	constructor(
		readonly next: () => number,
		private readonly seed: number,
	) {}
	int = (below: number) => Math.floor(this.next() * below);
	bool = () => this.next() < 0.5;
	pick = <T>(values: readonly T[]): T => values[this.int(values.length)];
	maybe = <T>(values: readonly T[]): T | undefined =>
		values.length ? values[this.int(values.length)] : undefined;
	subset = <T>(values: readonly T[], share = 0.5): T[] => values.filter(() => this.next() < share);
	/** A generated secret: never a literal, unique in the run. */
	secret = () => `gen-${this.seed}-${++this.secrets}-${Math.floor(this.next() * 1e9).toString(36)}`;
}

const rule = (index: number, variant: number) => ({
	type: 'TRACK',
	key: `Event ${index}`,
	version: 1,
	jsonSchema: {
		type: 'object',
		properties: {
			properties: { type: 'object', properties: { [`p${variant}`]: { type: 'string' } } },
		},
	},
});

/** One random change of a workspace over its Public API; picks only what the sandbox accepts. */
async function mutate(sandbox: Sandbox, api: Api, r: Random): Promise<string> {
	const state = sandbox.state as Record<string, Map<string, IDataObject>>;
	const all = (map: string) => [...state[map].values()];
	const sources = all('sources');
	const source = r.maybe(sources);
	const destination = r.maybe(all('destinations'));
	const labels = ((await api('GET', '/labels')).labels as IDataObject[]).map(
		(label) => `${String(label.key)}:${String(label.value)}`,
	);
	const choice = r.int(26);
	switch (choice) {
		case 0:
		case 1: {
			const type = r.pick(SOURCE_TYPES);
			const slug = `${type.prefix}_${r.int(4)}`;
			if (state.sourceSlugs.has(slug)) return 'none';
			const created = (
				await api('POST', '/sources', {
					slug,
					metadataId: type.metadataId,
					enabled: r.bool(),
					settings: type.settings(slug, r.secret()),
					disconnectAllWarehouses: r.bool(),
				})
			).source as IDataObject;
			if (r.bool()) await api('PATCH', `/sources/${String(created.id)}`, { name: `${slug} app` });
			return `create source ${slug}`;
		}
		case 2: {
			if (!source) return 'none';
			if (r.bool()) {
				await api('PATCH', `/sources/${String(source.id)}`, { enabled: !source.enabled });
				return `toggle source ${String(source.slug)}`;
			}
			await api('PATCH', `/sources/${String(source.id)}`, {
				name: `${String(source.slug)} ${r.int(3)}`,
			});
			const settings = source.settings as IDataObject;
			if ('websiteUrl' in settings) {
				await api('PATCH', `/sources/${String(source.id)}`, {
					settings: { websiteUrl: `https://${r.int(3)}.example` },
				});
			}
			return `rename source ${String(source.slug)}`;
		}
		case 3: {
			if (!source || r.int(3) > 0) return 'none';
			await api('DELETE', `/sources/${String(source.id)}`);
			return `delete source ${String(source.slug)}`;
		}
		case 4: {
			if (!source) return 'none';
			const wanted = r.subset(labels, 0.4).map((label) => {
				const [key, value] = label.split(':');
				return { key, value };
			});
			await api('PUT', `/sources/${String(source.id)}/labels`, { labels: wanted });
			return `label source ${String(source.slug)}`;
		}
		case 5: {
			const label = r.pick(LABELS);
			if (labels.includes(label)) {
				if (r.bool()) return 'none';
				const [key, value] = label.split(':');
				await api('DELETE', `/labels/${key}/${value}`);
				return `delete label ${label}`;
			}
			const [key, value] = label.split(':');
			await api('POST', '/labels', { label: { key, value, description: `${key} ${value}` } });
			return `create label ${label}`;
		}
		case 6: {
			const label = r.maybe(labels);
			if (!label || LABELS.includes(label) || r.bool()) return 'none';
			const [key, value] = label.split(':');
			await api('DELETE', `/labels/${key}/${value}`);
			return `delete label ${label}`;
		}
		case 7:
		case 8: {
			if (!source) return 'none';
			const type = r.pick(DESTINATION_TYPES);
			const name = `${type.label} ${r.int(3)}`;
			if (all('destinations').some((d) => d.sourceId === source.id && d.name === name))
				return 'none';
			await api('POST', '/destinations', {
				sourceId: source.id,
				metadataId: type.metadataId,
				name,
				enabled: r.bool(),
				settings: type.settings(r),
			});
			return `create destination ${name}`;
		}
		case 9: {
			if (!destination) return 'none';
			const type = typeOfDestination(destination.metadataId);
			const mutable = Object.entries(type?.mutable ?? {}).filter(
				([key]) => key in (destination.settings as IDataObject),
			);
			const id = String(destination.id);
			if (mutable.length > 0 && r.bool()) {
				const [key, values] = r.pick(mutable);
				await api('PATCH', `/destinations/${id}`, { settings: { [key]: r.pick(values) } });
				return `change destination ${String(destination.name)} ${key}`;
			}
			if (r.bool()) {
				await api('PATCH', `/destinations/${id}`, { enabled: !destination.enabled });
				return `toggle destination ${String(destination.name)}`;
			}
			if (!type) return 'none';
			const name = `${type.label} ${r.int(3)}`;
			if (all('destinations').some((d) => d.sourceId === destination.sourceId && d.name === name))
				return 'none';
			await api('PATCH', `/destinations/${id}`, { name });
			return `rename destination ${String(destination.name)} to ${name}`;
		}
		case 10: {
			if (!destination || r.bool()) return 'none';
			await api('DELETE', `/destinations/${String(destination.id)}`);
			return `delete destination ${String(destination.name)}`;
		}
		case 11:
		case 12: {
			const withActions = all('destinations').filter(
				(d) => typeOfDestination(d.metadataId)?.subscription,
			);
			const target = r.maybe(withActions);
			if (!target) return 'none';
			const spec = typeOfDestination(target.metadataId)!.subscription!;
			const name = `${spec.name} ${r.int(3)}`;
			if (all('subscriptions').some((s) => s.destinationId === target.id && s.name === name))
				return 'none';
			await api('POST', `/destinations/${String(target.id)}/subscriptions`, {
				name,
				actionId: spec.actionId,
				trigger: r.pick(spec.triggers),
				enabled: r.bool(),
				settings: spec.settings,
			});
			return `create subscription ${name}`;
		}
		case 13: {
			const subscription = r.maybe(all('subscriptions'));
			if (!subscription) return 'none';
			const path = `/destinations/${String(subscription.destinationId)}/subscriptions/${String(subscription.id)}`;
			const destinationOf = state.destinations.get(String(subscription.destinationId));
			const spec = typeOfDestination(destinationOf?.metadataId)?.subscription;
			const move = r.int(3);
			if (move === 0) {
				await api('DELETE', path);
				return `delete subscription ${String(subscription.name)}`;
			}
			if (move === 1 || !spec) {
				await api('PATCH', path, { input: { enabled: !subscription.enabled } });
				return `toggle subscription ${String(subscription.name)}`;
			}
			await api('PATCH', path, { input: { trigger: r.pick(spec.triggers) } });
			return `retrigger subscription ${String(subscription.name)}`;
		}
		case 14: {
			if (!destination) return 'none';
			const title = `Filter ${r.int(3)}`;
			if (
				all('destinationFilters').some(
					(f) => f.destinationId === destination.id && f.title === title,
				)
			)
				return 'none';
			await api('POST', `/destination/${String(destination.id)}/filters`, {
				sourceId: destination.sourceId,
				if: r.pick(FILTER_CONDITIONS),
				actions: r.pick(FILTER_ACTIONS),
				title,
				enabled: r.bool(),
				description: r.pick(['', 'one', 'two']),
			});
			return `create filter ${title}`;
		}
		case 15: {
			const filter = r.maybe(all('destinationFilters'));
			if (!filter) return 'none';
			const path = `/destination/${String(filter.destinationId)}/filters/${String(filter.id)}`;
			const move = r.int(4);
			if (move === 0) await api('DELETE', path);
			else if (move === 1) await api('PATCH', path, { enabled: !filter.enabled });
			else if (move === 2) await api('PATCH', path, { if: r.pick(FILTER_CONDITIONS) });
			else await api('PATCH', path, { description: r.pick(['', 'one', 'two']) });
			return `change filter ${String(filter.title)} (${move})`;
		}
		case 16: {
			const name = `Plan ${r.int(3)}`;
			if (all('trackingPlans').some((p) => p.name === name)) return 'none';
			const created = (
				await api('POST', '/tracking-plans', {
					name,
					type: 'LIVE',
					description: r.pick(['', 'first', 'second']),
				})
			).trackingPlan as IDataObject;
			// Sometimes more than 200 rules, so that the apply writes them in batches.
			const count = r.int(4) === 0 ? 200 + r.int(40) : 1 + r.int(8);
			const variant = r.int(2);
			const rules = Array.from({ length: count }, (_, i) => rule(i, variant));
			for (let start = 0; start < rules.length; start += 200) {
				await api('PATCH', `/tracking-plans/${String(created.id)}/rules`, {
					rules: rules.slice(start, start + 200),
				});
			}
			return `create plan ${name} with ${count} rules`;
		}
		case 17: {
			const plan = r.maybe(all('trackingPlans'));
			if (!plan) return 'none';
			const id = String(plan.id);
			const rules = plan.rules as IDataObject[];
			const move = r.int(6);
			if (move === 0) {
				await api('DELETE', `/tracking-plans/${id}`);
				return `delete plan ${String(plan.name)}`;
			}
			if (move === 1) {
				await api('PATCH', `/tracking-plans/${id}`, {
					description: r.pick(['', 'first', 'second']),
				});
				return `describe plan ${String(plan.name)}`;
			}
			if (move === 2) {
				const name = `Plan ${r.int(3)}`;
				if (all('trackingPlans').some((p) => p.name === name)) return 'none';
				await api('PATCH', `/tracking-plans/${id}`, { name });
				return `rename plan ${String(plan.name)} to ${name}`;
			}
			if (move === 3) {
				const changed = r.subset(
					rules.filter((x) => x.type === 'TRACK'),
					0.3,
				);
				if (changed.length === 0) return 'none';
				await api('PATCH', `/tracking-plans/${id}/rules`, {
					rules: changed.map((x) => ({ ...rule(0, 7 + r.int(2)), key: x.key, version: x.version })),
				});
				return `change ${changed.length} rules of ${String(plan.name)}`;
			}
			if (move === 4) {
				const removed = r.subset(rules, 0.2).slice(0, 40);
				if (removed.length === 0) return 'none';
				const query = removed
					.map(
						(x, i) =>
							`rules[${i}][type]=${encodeURIComponent(String(x.type))}&rules[${i}][key]=${encodeURIComponent(String(x.key))}&rules[${i}][version]=${String(x.version)}`,
					)
					.join('&');
				await api('DELETE', `/tracking-plans/${id}/rules?${query}`);
				return `remove ${removed.length} rules of ${String(plan.name)}`;
			}
			if (!source) return 'none';
			const connected = plan.sourceIds as Set<string>;
			if (connected.has(String(source.id)))
				await api('DELETE', `/tracking-plans/${id}/sources?sourceId=${String(source.id)}`);
			else await api('POST', `/tracking-plans/${id}/sources`, { sourceId: source.id });
			return `(dis)connect plan ${String(plan.name)}`;
		}
		case 18: {
			if (!source) return 'none';
			const name = `Transform ${r.int(3)}`;
			if (all('transformations').some((t) => t.name === name)) return 'none';
			await api('POST', '/transformations', {
				name,
				sourceId: source.id,
				destinationMetadataId: r.pick(DESTINATION_TYPES).metadataId,
				enabled: r.bool(),
				if: r.pick(FILTER_CONDITIONS),
				drop: false,
				newEventName: `renamed_${r.int(3)}`,
			});
			return `create transformation ${name}`;
		}
		case 19: {
			const transformation = r.maybe(all('transformations'));
			if (!transformation) return 'none';
			const path = `/transformations/${String(transformation.id)}`;
			const move = r.int(4);
			if (move === 0) await api('DELETE', path);
			else if (move === 1) await api('PATCH', path, { enabled: !transformation.enabled });
			else if (move === 2) await api('PATCH', path, { newEventName: `renamed_${r.int(3)}` });
			else if (source) await api('PATCH', path, { sourceId: source.id });
			return `change transformation ${String(transformation.name)} (${move})`;
		}
		case 20: {
			const name = `Warehouse ${r.int(3)}`;
			if (all('warehouses').some((w) => (w.settings as IDataObject).name === name)) return 'none';
			await api('POST', '/warehouses', {
				metadataId: '55d3d3aea3c',
				enabled: r.bool(),
				settings: {
					name,
					hostname: `${r.int(3)}.db.example`,
					port: '5432',
					database: 'segment',
					username: 'segment',
					password: r.secret(),
				},
				disconnectAllSources: r.bool(),
			});
			return `create warehouse ${name}`;
		}
		case 21:
		case 22: {
			const warehouse = r.maybe(all('warehouses'));
			if (!warehouse) return 'none';
			const id = String(warehouse.id);
			const settings = warehouse.settings as IDataObject;
			const move = r.int(5);
			if (move === 0 && r.bool()) {
				await api('DELETE', `/warehouses/${id}`);
				return `delete warehouse ${String(settings.name)}`;
			}
			if (move === 1) {
				await api('PATCH', `/warehouses/${id}`, { enabled: !warehouse.enabled, settings: {} });
				return `toggle warehouse ${String(settings.name)}`;
			}
			if (move === 2) {
				const key = 'hostname' in settings ? 'hostname' : 'warehouse';
				await api('PATCH', `/warehouses/${id}`, { settings: { [key]: `${r.int(3)}.example` } });
				return `change warehouse ${String(settings.name)}`;
			}
			if (!source) return 'none';
			const connected = (state.connections as unknown as Map<string, Set<string>>).get(id)!;
			if (connected.has(String(source.id)))
				await api('DELETE', `/warehouses/${id}/connected-sources/${String(source.id)}`);
			else await api('POST', `/warehouses/${id}/connected-sources/${String(source.id)}`);
			return `(dis)connect warehouse ${String(settings.name)}`;
		}
		case 23:
		case 24: {
			// A plan of more than 200 rules: applying it to the other side takes batches of writes.
			const plan = r.maybe(all('trackingPlans'));
			if (!plan) return 'none';
			const count = 200 + r.int(30);
			const variant = r.int(2);
			const rules = Array.from({ length: count }, (_, i) => ({
				...rule(i, variant),
				key: `Bulk ${i}`,
			}));
			for (let start = 0; start < rules.length; start += 200) {
				await api('PATCH', `/tracking-plans/${String(plan.id)}/rules`, {
					rules: rules.slice(start, start + 200),
				});
			}
			return `grow plan ${String(plan.name)} by ${count} rules`;
		}
		default: {
			const subscription = r.maybe(all('subscriptions'));
			if (!subscription) return 'none';
			const path = `/destinations/${String(subscription.destinationId)}/subscriptions/${String(subscription.id)}`;
			await api('PATCH', path, { input: { enabled: !subscription.enabled } });
			return `toggle subscription ${String(subscription.name)}`;
		}
	}
}

describe('Workspace > Apply Configuration, randomized promotion of staging to production', () => {
	beforeAll(() => nock.restore());
	afterAll(() => nock.activate());

	const seeds = Array.from({ length: SEQUENCES }, (_, index) => FIRST_SEED + index);
	it.concurrent.each(seeds)(
		'makes production match the staging snapshot of the parts applied, idempotently, keeping its own records unless asked (sequence %i)',
		async (seed) => {
			const r = new Random(mulberry32(seed), seed);
			const started: Sandbox[] = [];
			try {
				const staging = await startSandbox({ port: 0, seed: 1000 + seed, sources: 6 + r.int(4) });
				started.push(staging);
				const production = await startSandbox({
					port: 0,
					seed: 2000 + seed,
					token: `prod-token-${seed}`,
					sources: 6 + r.int(4),
				});
				started.push(production);
				const history: string[] = [];
				for (const [name, sandbox, count] of [
					['staging', staging, 4 + r.int(10)],
					['production', production, 4 + r.int(10)],
				] as const) {
					const api = apiOf(sandbox);
					for (let i = 0; i < count; i++) {
						const done = await mutate(sandbox, api, r);
						if (done !== 'none') history.push(`${name}: ${done}`);
					}
				}
				const parts = withDependencies(r.subset(APPLY_PARTS, 0.4) as ApplyPart[]);
				if (parts.length === 0) parts.push('labels');
				const deleteMissing = r.bool();
				const context = { seed, parts, deleteMissing, history };

				const target = credentialsOf(production);
				const before = normalise(await exportOf(target, parts));
				const snapshot = await exportOf(credentialsOf(staging), parts);
				const parameters = { snapshot, parts, deleteMissing };

				// A record that needs a secret blocks those under it until Secret Values gives it: plan
				// again with each secret the plan asks for, until it asks for none.
				let secretValues: Record<string, Record<string, string>> = {};
				let plan: IDataObject[] = [];
				for (let round = 0; round < 4; round++) {
					plan = (await applyConfiguration(target, 'plan', { ...parameters, secretValues })).map(
						(i) => i.json,
					);
					const asked = secretsFor(plan, r.secret);
					if (Object.keys(asked).length === 0) break;
					secretValues = { ...secretValues, ...asked };
				}
				const unready = plan.filter((c) => c.status !== 'planned');
				expect({ ...context, unready: planLines(unready) }).toEqual({ ...context, unready: [] });

				const applied = (
					await applyConfiguration(target, 'apply', { ...parameters, secretValues })
				).map((i) => i.json);
				expect({
					...context,
					notDone: planLines(applied.filter((c) => c.status !== 'done')),
				}).toEqual({ ...context, notDone: [] });

				const again = (
					await applyConfiguration(target, 'plan', { ...parameters, secretValues })
				).map((i) => i.json);
				expect({ ...context, secondPlan: planLines(again) }).toEqual({
					...context,
					secondPlan: [],
				});

				const wanted = normalise(snapshot);
				const stagingSlugs = new Set(Object.keys(wanted.sources ?? {}));
				const after = normalise(
					await exportOf(target, parts),
					deleteMissing ? undefined : stagingSlugs,
				);
				const problems: string[] = [];
				for (const part of Object.keys({ ...wanted, ...after })) {
					const want = wanted[part] ?? {};
					const have = after[part] ?? {};
					for (const [key, record] of Object.entries(want)) {
						if (!(key in have)) problems.push(`${part} "${key}": missing in production`);
						else if (JSON.stringify(have[key]) !== JSON.stringify(record))
							problems.push(
								`${part} "${key}": production ${JSON.stringify(have[key])}, staging ${JSON.stringify(record)}`,
							);
					}
					for (const key of Object.keys(have)) {
						if (key in want) continue;
						if (deleteMissing) problems.push(`${part} "${key}": not deleted`);
						else if (!(key in (before[part] ?? {})))
							problems.push(`${part} "${key}": in production, neither in staging nor before`);
					}
					if (!deleteMissing) {
						for (const key of Object.keys(before[part] ?? {})) {
							if (!(key in have))
								problems.push(`${part} "${key}": production's own record is gone`);
						}
					}
				}
				expect({ ...context, problems }).toEqual({ ...context, problems: [] });
			} finally {
				await Promise.all(started.map(async (sandbox) => await sandbox.close()));
			}
		},
		60_000,
	);
});
