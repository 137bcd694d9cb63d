import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { Sandbox } from '../../../../../sandbox/server';
import { runNode, type RunOptions } from '../../../../harness/node';
import type { SandboxCredentials } from '../../../../harness/sandbox';

/** The parts Apply Configuration writes, and the parts each needs in the snapshot and the apply. */
export const APPLY_PARTS = [
	'labels',
	'functions',
	'sources',
	'warehouses',
	'destinations',
	'subscriptions',
	'destinationFilters',
	'transformations',
	'trackingPlans',
] as const;
export type ApplyPart = (typeof APPLY_PARTS)[number];

const NEEDS: Partial<Record<ApplyPart, ApplyPart[]>> = {
	subscriptions: ['destinations'],
	destinationFilters: ['destinations'],
	destinations: ['sources'],
	transformations: ['sources'],
	trackingPlans: ['sources'],
	warehouses: ['sources'],
	sources: ['labels'],
};

/** The parts with every part they refer to (a destination's key needs its source's, ...). */
export function withDependencies(parts: ApplyPart[]): ApplyPart[] {
	const chosen = new Set(parts);
	for (let grew = true; grew; ) {
		grew = false;
		for (const part of [...chosen]) {
			for (const needed of NEEDS[part] ?? []) {
				if (!chosen.has(needed)) {
					chosen.add(needed);
					grew = true;
				}
			}
		}
	}
	return APPLY_PARTS.filter((part) => chosen.has(part));
}

export const credentialsOf = (sandbox: Sandbox): SandboxCredentials => ({
	apiToken: sandbox.token,
	region: 'custom',
	baseUrl: sandbox.url,
});

export type Api = (method: string, path: string, body?: unknown) => Promise<IDataObject>;

/** A plain client of a sandbox's Public API with its token, for changing a workspace as a person would. */
export function apiOf(sandbox: Sandbox): Api {
	return async (method, path, body) => {
		const response = await fetch(`${sandbox.url}${path}`, {
			method,
			headers: {
				Authorization: `Bearer ${sandbox.token}`,
				Accept: /\/subscriptions/.test(path)
					? 'application/vnd.segment.v1alpha+json'
					: 'application/vnd.segment.v1+json',
				'Content-Type': 'application/json',
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const answer = (await response.json()) as { data?: IDataObject };
		if (!response.ok) {
			throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
		}
		return answer.data ?? {};
	};
}

/** Export Configuration of `parts`, the snapshot it returns. */
export async function exportOf(
	credentials: SandboxCredentials,
	parts: readonly string[],
): Promise<IDataObject> {
	const [item] = await runNode(
		{ resource: 'workspace', operation: 'exportConfiguration', parts: [...parts] },
		{ credentials },
	);
	return item.json;
}

export interface ApplyParameters {
	snapshot: IDataObject;
	parts: readonly string[];
	deleteMissing?: boolean;
	secretValues?: Record<string, Record<string, string>>;
}

/** Apply Configuration in a mode, the snapshot given as JSON. */
export async function applyConfiguration(
	credentials: SandboxCredentials,
	mode: 'plan' | 'apply',
	{ snapshot, parts, deleteMissing = false, secretValues = {} }: ApplyParameters,
	options: RunOptions = {},
): Promise<INodeExecutionData[]> {
	return await runNode(
		{
			resource: 'workspace',
			operation: 'applyConfiguration',
			mode,
			snapshotSource: 'json',
			// The node reads a JSON field's value as it comes: an object from an expression, or text.
			snapshotJson: snapshot as unknown as string,
			applyParts: [...parts],
			deleteMissing,
			secretValues: JSON.stringify(secretValues),
		},
		{ credentials, ...options },
	);
}

/** Secret Values for every secret a plan lists under "needsInput", each a new generated value. */
export function secretsFor(
	plan: IDataObject[],
	next: () => string,
): Record<string, Record<string, string>> {
	const values: Record<string, Record<string, string>> = {};
	for (const change of plan) {
		const paths = (change.needsInput as string[] | undefined) ?? [];
		for (const path of paths) {
			const record = `${String(change.kind)}:${String(change.key)}`;
			values[record] = { ...(values[record] ?? {}), [path]: next() };
		}
	}
	return values;
}

/** One line per change of a plan, for assertion messages. */
export const planLines = (plan: IDataObject[]): string[] =>
	plan.map(
		(change) =>
			`${String(change.step)} ${String(change.action)} ${String(change.kind)} "${String(change.key)}" ${String(change.status)}${change.reason ? ` (${String(change.reason)})` : ''}`,
	);

export type Normalised = Record<string, Record<string, IDataObject>>;

const listOf = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];
const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const metadataId = (record: IDataObject) =>
	text((record.metadata as IDataObject | undefined)?.id ?? record.metadataId);

/**
 * A snapshot's records by part and natural key (a source by slug, a destination by its source's
 * slug and its name, a subscription or filter by its destination's key and its name or title, a
 * warehouse by its settings' name, a plan, transformation by name, a label as key:value), each
 * reduced to what a workspace configures: no IDs (references become natural keys), timestamps,
 * write keys, or lists of connections that follow from other records. `knownSources`, when given,
 * keeps only the connections to those sources (a source the snapshot does not have keeps its own).
 */
export function normalise(snapshot: IDataObject, knownSources?: Set<string>): Normalised {
	const slugOf = new Map(listOf(snapshot.sources).map((s) => [text(s.id), text(s.slug)]));
	const slug = (id: unknown) => slugOf.get(text(id)) ?? `unknown source ${text(id)}`;
	const slugs = (ids: unknown) =>
		listOf(ids)
			.map(slug)
			.filter((s) => !knownSources || knownSources.has(s))
			.sort();
	const out: Normalised = {};
	const put = (part: string, key: string, record: IDataObject) => {
		out[part] ??= {};
		if (key in out[part]) out[part][`${key} (again)`] = record;
		else out[part][key] = record;
	};
	if (Array.isArray(snapshot.labels)) {
		out.labels = {};
		for (const label of listOf(snapshot.labels)) {
			put('labels', `${text(label.key)}:${text(label.value)}`, {
				description: text(label.description),
			});
		}
	}
	if (Array.isArray(snapshot.functions)) {
		out.functions = {};
		for (const fn of listOf(snapshot.functions)) {
			put('functions', `${text(fn.resourceType)}/${text(fn.displayName)}`, {
				description: text(fn.description),
				logoUrl: text(fn.logoUrl),
				settings: fn.settings ?? null,
				code: fn.code ?? null,
			});
		}
	}
	if (Array.isArray(snapshot.sources)) {
		out.sources = {};
		for (const source of listOf(snapshot.sources)) {
			put('sources', text(source.slug), {
				name: source.name,
				enabled: source.enabled,
				metadataId: metadataId(source),
				settings: source.settings ?? {},
				labels: listOf(source.labels)
					.map((label) => `${text(label.key)}:${text(label.value)}`)
					.sort(),
			});
		}
	}
	if (Array.isArray(snapshot.warehouses)) {
		out.warehouses = {};
		for (const warehouse of listOf(snapshot.warehouses)) {
			put('warehouses', text((warehouse.settings as IDataObject).name), {
				enabled: warehouse.enabled,
				metadataId: metadataId(warehouse),
				settings: warehouse.settings ?? {},
				sources: slugs(warehouse.connectedSourceIds),
			});
		}
	}
	if (Array.isArray(snapshot.destinations)) {
		out.destinations = {};
		for (const destination of listOf(snapshot.destinations)) {
			const key = `${slug(destination.sourceId)}/${text(destination.name)}`;
			put('destinations', key, {
				enabled: destination.enabled,
				metadataId: metadataId(destination),
				settings: destination.settings ?? {},
			});
			if (Array.isArray(destination.subscriptions)) {
				out.subscriptions ??= {};
				for (const subscription of listOf(destination.subscriptions)) {
					put('subscriptions', `${key}/${text(subscription.name)}`, {
						actionId: subscription.actionId,
						actionSlug: subscription.actionSlug,
						enabled: subscription.enabled,
						trigger: subscription.trigger,
						settings: subscription.settings ?? {},
						modelId: text(subscription.modelId),
					});
				}
			}
			if (Array.isArray(destination.filters)) {
				out.destinationFilters ??= {};
				for (const filter of listOf(destination.filters)) {
					put('destinationFilters', `${key}/${text(filter.title)}`, {
						if: filter.if,
						actions: filter.actions,
						enabled: filter.enabled,
						description: text(filter.description),
					});
				}
			}
		}
	}
	if (Array.isArray(snapshot.transformations)) {
		out.transformations = {};
		for (const transformation of listOf(snapshot.transformations)) {
			const own: IDataObject = {};
			for (const [field, value] of Object.entries(transformation)) {
				if (['id', 'workspaceId', 'createdAt', 'updatedAt', 'name'].includes(field)) continue;
				own[field] = field === 'sourceId' ? slug(value) : value;
			}
			put('transformations', text(transformation.name), own);
		}
	}
	if (Array.isArray(snapshot.trackingPlans)) {
		out.trackingPlans = {};
		for (const plan of listOf(snapshot.trackingPlans)) {
			put('trackingPlans', text(plan.name), {
				description: text(plan.description),
				type: plan.type,
				rules: listOf(plan.rules)
					.map((rule) => ({
						type: rule.type,
						key: text(rule.key),
						version: rule.version,
						jsonSchema: rule.jsonSchema ?? null,
					}))
					.sort((a, b) =>
						`${a.type} ${a.key} ${String(a.version)}` < `${b.type} ${b.key} ${String(b.version)}`
							? -1
							: 1,
					),
				sources: slugs(plan.sourceIds),
			});
		}
	}
	return out;
}

/**
 * Natural keys that more than one record of a workspace has, read from its raw state: two sources
 * with a slug, two destinations of a source with a name, two subscriptions or filters of a
 * destination with a name or title, two warehouses, plans or transformations with a name.
 */
export function duplicateKeys(sandbox: Sandbox, labels: IDataObject[]): string[] {
	const state = sandbox.state as Record<string, Map<string, IDataObject>>;
	const values = (map: string) => [...state[map].values()];
	const keys: string[] = [];
	for (const source of values('sources')) keys.push(`source:${text(source.slug)}`);
	for (const destination of values('destinations'))
		keys.push(`destination:${text(destination.sourceId)}/${text(destination.name)}`);
	for (const subscription of values('subscriptions'))
		keys.push(`subscription:${text(subscription.destinationId)}/${text(subscription.name)}`);
	for (const filter of values('destinationFilters'))
		keys.push(`destinationFilter:${text(filter.destinationId)}/${text(filter.title)}`);
	for (const warehouse of values('warehouses'))
		keys.push(`warehouse:${text((warehouse.settings as IDataObject).name)}`);
	for (const plan of values('trackingPlans')) keys.push(`trackingPlan:${text(plan.name)}`);
	for (const transformation of values('transformations'))
		keys.push(`transformation:${text(transformation.name)}`);
	for (const label of labels) keys.push(`label:${text(label.key)}:${text(label.value)}`);
	const counts = new Map<string, number>();
	for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
	return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} ×${count}`);
}
