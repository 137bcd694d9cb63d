import { NodeOperationError, type IDataObject, type INode, type Logger } from 'n8n-workflow';
import { FUNCTION_TYPES } from './lists';
import { CENSORED, fingerprintOf, SECRET_KEY, SETTINGS_MASK } from './secrets';
import {
	listRecords,
	segmentApiRequest,
	type RequestPolicy,
	type SegmentContext,
	type SegmentRequest,
} from './transport';

/**
 * A workspace's configuration as one JSON document: every part is a list of records sorted by ID,
 * and every object has sorted keys, so two exports of an unchanged workspace are byte-identical.
 */
export type WorkspaceConfiguration = IDataObject & { format: string; workspace: IDataObject };

export const CONFIGURATION_FORMAT = 'segment-workspace-configuration/1';

export const CONFIGURATION_PARTS = [
	'sources',
	'destinations',
	'destinationFilters',
	'subscriptions',
	'warehouses',
	'functions',
	'transformations',
	'trackingPlans',
	'labels',
	'users',
	'userGroups',
] as const;

export type ConfigurationPart = (typeof CONFIGURATION_PARTS)[number];

/**
 * The parts a field picks (a list, or names separated by commas), checked: none is an error, and
 * an unknown one is named. `noun` is what the field calls a part.
 */
export function checkedParts(
	node: INode,
	value: unknown,
	fieldName: string,
	noun: 'part' | 'resource',
): ConfigurationPart[] {
	const parts = (Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((part) => String(part).trim())
		.filter(Boolean);
	const unknown = parts.filter(
		(part) => !(CONFIGURATION_PARTS as readonly string[]).includes(part),
	);
	if (parts.length === 0 || unknown.length > 0) {
		throw new NodeOperationError(
			node,
			unknown.length > 0
				? `The field "${fieldName}" has an unknown ${noun}: "${unknown.join('", "')}"`
				: `The field "${fieldName}" is empty`,
			{ description: `Choose one or more of: ${CONFIGURATION_PARTS.join(', ')}.` },
		);
	}
	return parts as ConfigurationPart[];
}

/** The parts a person picks, as named in the node; subscriptions and filters sit in destinations. */
export const PART_OPTIONS: Array<{ name: string; value: ConfigurationPart; description: string }> =
	[
		{
			name: 'Destination Filters',
			value: 'destinationFilters',
			description: 'The filters of each destination, under it as "filters"',
		},
		{
			name: 'Destination Subscriptions',
			value: 'subscriptions',
			description: 'The subscriptions of each Actions destination, under it as "subscriptions"',
		},
		{ name: 'Destinations', value: 'destinations', description: 'With their settings' },
		{ name: 'Functions', value: 'functions', description: 'With their code and settings' },
		{ name: 'Labels', value: 'labels', description: 'The labels of the workspace' },
		{
			name: 'Sources',
			value: 'sources',
			description:
				'With settings, labels, and the IDs of the destinations and warehouses connected',
		},
		{ name: 'Tracking Plans', value: 'trackingPlans', description: 'With their rules and sources' },
		{ name: 'Transformations', value: 'transformations', description: 'All transformations' },
		{ name: 'User Groups', value: 'userGroups', description: 'With permissions and member emails' },
		{ name: 'Users', value: 'users', description: 'With their permissions (roles)' },
		{
			name: 'Warehouses',
			value: 'warehouses',
			description: 'With settings and the IDs of the sources connected',
		},
	];

/** Singular names of the parts in a difference, as an n8n user reads them. */
export const RECORD_TYPE: Record<string, string> = {
	sources: 'source',
	destinations: 'destination',
	warehouses: 'warehouse',
	functions: 'function',
	transformations: 'transformation',
	trackingPlans: 'trackingPlan',
	labels: 'label',
	users: 'user',
	userGroups: 'userGroup',
	subscriptions: 'subscription',
	destinationFilters: 'destinationFilter',
};

/** Requests per record run at most this many at a time; the transport paces them further. */
const PER_RECORD_CONCURRENCY = 4;

/** JSON with sorted keys; undefined values are left out, as JSON.stringify does. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortedDeep(value));
}

/** A copy with every object's keys in order, so that its JSON is stable. */
export function sortedDeep(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortedDeep);
	if (value !== null && typeof value === 'object') {
		const sorted: IDataObject = {};
		for (const key of Object.keys(value).sort()) {
			const entry = (value as IDataObject)[key];
			if (entry !== undefined) sorted[key] = sortedDeep(entry) as IDataObject[string];
		}
		return sorted;
	}
	return value;
}

/** The key a record is sorted and matched by: its ID, or key:value for a label. */
export function recordKey(record: IDataObject): string {
	if (record.id !== undefined && record.id !== null) return String(record.id);
	if (record.key !== undefined) return `${String(record.key)}:${String(record.value ?? '')}`;
	if (record.email !== undefined) return String(record.email);
	return canonicalJson(record);
}

const byKey = (a: IDataObject, b: IDataObject) => {
	const x = recordKey(a);
	const y = recordKey(b);
	return x < y ? -1 : x > y ? 1 : 0;
};

/** The catalog entry of a record reduced to what names it: the full entry is Segment's, not the workspace's. */
function catalogReference(record: IDataObject): IDataObject {
	const metadata = record.metadata as IDataObject | undefined;
	if (!metadata) return record;
	return { ...record, metadata: { id: metadata.id, name: metadata.name, slug: metadata.slug } };
}

async function mapLimited<T, R>(
	values: T[],
	limit: number,
	fn: (value: T) => Promise<R>,
): Promise<R[]> {
	const results: R[] = new Array(values.length);
	let next = 0;
	const workers = Array.from({ length: Math.min(limit, values.length) }, async () => {
		while (next < values.length) {
			const index = next++;
			results[index] = await fn(values[index]);
		}
	});
	await Promise.all(workers);
	return results;
}

export interface ExportProgress {
	requests: number;
}

/**
 * Reads the chosen parts of the workspace's configuration. Lists are read whole; per-record reads
 * (subscriptions, filters, connections, users' permissions, group members, plan rules) run a few
 * at a time. Each step is logged to n8n's log with the requests it took.
 */
export async function exportConfiguration(
	this: SegmentContext,
	parts: ConfigurationPart[],
	policy: RequestPolicy,
	progress: ExportProgress = { requests: 0 },
	logLevel: 'info' | 'debug' = 'info',
): Promise<WorkspaceConfiguration> {
	const wanted = new Set(parts);
	const counted: RequestPolicy & { onSuccess: () => void } = {
		...policy,
		onSuccess: () => (progress.requests += 1),
	};
	const logger = (this as { logger?: Logger }).logger;
	const log = (message: string) =>
		logger?.[logLevel](`Segment export: ${message} (${progress.requests} requests so far)`);
	const list = async (path: string, root: string, extra: Partial<SegmentRequest> = {}) =>
		await listRecords.call(this, { ...counted, ...extra, path, root });

	const workspace = await segmentApiRequest.call(this, { ...counted, method: 'GET', path: '/' });
	const snapshot: IDataObject = {
		format: CONFIGURATION_FORMAT,
		workspace: (workspace.workspace as IDataObject | undefined) ?? {},
	};

	const needsDestinations =
		wanted.has('destinations') ||
		wanted.has('sources') ||
		wanted.has('subscriptions') ||
		wanted.has('destinationFilters');
	const listedDestinations = needsDestinations ? await list('/destinations', 'destinations') : [];
	const withActions = new Set(listedDestinations.filter(hasActions).map((d) => String(d.id)));
	const destinations = listedDestinations.map(catalogReference);
	if (needsDestinations) log(`${destinations.length} destinations`);

	const needsWarehouses = wanted.has('warehouses') || wanted.has('sources');
	const warehouses = needsWarehouses
		? (await list('/warehouses', 'warehouses')).map(catalogReference)
		: [];
	const connectedSources = new Map<string, string[]>();
	if (needsWarehouses) {
		await mapLimited(warehouses, PER_RECORD_CONCURRENCY, async (warehouse) => {
			const id = encodeURIComponent(String(warehouse.id));
			const sources = await list(`/warehouses/${id}/connected-sources`, 'sources');
			connectedSources.set(String(warehouse.id), sources.map((s) => String(s.id)).sort());
		});
		log(`${warehouses.length} warehouses and their connected sources`);
	}
	if (wanted.has('warehouses')) {
		snapshot.warehouses = warehouses.map((warehouse) => ({
			...warehouse,
			connectedSourceIds: connectedSources.get(String(warehouse.id)) ?? [],
		}));
	}

	if (wanted.has('sources')) {
		const sources = (await list('/sources', 'sources')).map(catalogReference);
		snapshot.sources = sources.map((source) => ({
			...source,
			connectedDestinationIds: destinations
				.filter((destination) => destination.sourceId === source.id)
				.map((destination) => String(destination.id))
				.sort(),
			connectedWarehouseIds: [...connectedSources.entries()]
				.filter(([, ids]) => ids.includes(String(source.id)))
				.map(([warehouseId]) => warehouseId)
				.sort(),
		}));
		log(`${sources.length} sources`);
	}

	if (
		wanted.has('destinations') ||
		wanted.has('subscriptions') ||
		wanted.has('destinationFilters')
	) {
		const withDetails = await mapLimited(
			destinations,
			PER_RECORD_CONCURRENCY,
			async (destination) => {
				const id = encodeURIComponent(String(destination.id));
				const details: IDataObject = { ...destination };
				if (wanted.has('subscriptions') && withActions.has(String(destination.id))) {
					details.subscriptions = (
						await list(`/destinations/${id}/subscriptions`, 'subscriptions', { version: 'v1alpha' })
					).sort(byKey);
				}
				if (wanted.has('destinationFilters')) {
					details.filters = (await list(`/destination/${id}/filters`, 'filters')).sort(byKey);
				}
				return details;
			},
		);
		if (wanted.has('destinations')) snapshot.destinations = withDetails;
		else {
			// Subscriptions or filters without their destinations: listed on their own, each with its destination's ID.
			for (const part of ['subscriptions', 'destinationFilters'] as const) {
				if (!wanted.has(part)) continue;
				const key = part === 'subscriptions' ? 'subscriptions' : 'filters';
				snapshot[part] = withDetails.flatMap((destination) =>
					((destination[key] as IDataObject[] | undefined) ?? []).map((record) => ({
						...record,
						destinationId: destination.id,
					})),
				);
			}
		}
		log('destination subscriptions and filters');
	}

	if (wanted.has('functions')) {
		const functions: IDataObject[] = [];
		for (const type of FUNCTION_TYPES) {
			functions.push(
				...(await list('/functions', 'functions', { qs: { resourceType: type.value } })),
			);
		}
		snapshot.functions = await mapLimited(functions, PER_RECORD_CONCURRENCY, async (fn) => {
			const data = await segmentApiRequest.call(this, {
				...counted,
				method: 'GET',
				path: `/functions/${encodeURIComponent(String(fn.id))}`,
			});
			const details = (data.function as IDataObject | undefined) ?? {};
			return { ...fn, code: details.code, settings: details.settings };
		});
		log(`${functions.length} functions with their code`);
	}

	if (wanted.has('transformations')) {
		snapshot.transformations = await list('/transformations', 'transformations');
	}

	if (wanted.has('trackingPlans')) {
		const plans = await list('/tracking-plans', 'trackingPlans');
		snapshot.trackingPlans = await mapLimited(plans, PER_RECORD_CONCURRENCY, async (plan) => {
			const id = encodeURIComponent(String(plan.id));
			const rules = await list(`/tracking-plans/${id}/rules`, 'rules');
			const sources = await list(`/tracking-plans/${id}/sources`, 'sources');
			return {
				...plan,
				rules: rules.sort((a, b) => {
					const x = `${String(a.type)} ${String(a.key ?? '')} ${String(a.version)}`;
					const y = `${String(b.type)} ${String(b.key ?? '')} ${String(b.version)}`;
					return x < y ? -1 : x > y ? 1 : 0;
				}),
				sourceIds: sources.map((source) => String(source.id)).sort(),
			};
		});
		log(`${plans.length} tracking plans with their rules`);
	}

	if (wanted.has('labels')) {
		const data = await segmentApiRequest.call(this, { ...counted, method: 'GET', path: '/labels' });
		snapshot.labels = Array.isArray(data.labels) ? (data.labels as IDataObject[]) : [];
	}

	if (wanted.has('users')) {
		const users = await list('/users', 'users');
		snapshot.users = await mapLimited(users, PER_RECORD_CONCURRENCY, async (user) => {
			const data = await segmentApiRequest.call(this, {
				...counted,
				method: 'GET',
				path: `/users/${encodeURIComponent(String(user.id))}`,
			});
			return (data.user as IDataObject | undefined) ?? user;
		});
		log(`${users.length} users with their permissions`);
	}

	if (wanted.has('userGroups')) {
		const groups = await list('/groups', 'userGroups');
		snapshot.userGroups = await mapLimited(groups, PER_RECORD_CONCURRENCY, async (group) => {
			const members = await list(`/groups/${encodeURIComponent(String(group.id))}/users`, 'users');
			return { ...group, memberEmails: members.map((member) => String(member.email)).sort() };
		});
		log(`${groups.length} user groups with their members`);
	}

	for (const part of CONFIGURATION_PARTS) {
		if (Array.isArray(snapshot[part])) {
			snapshot[part] = uniqueRecords(snapshot[part] as IDataObject[]).sort(byKey);
		}
	}
	return sortedDeep(withoutSecrets(snapshot)) as WorkspaceConfiguration;
}

/**
 * A snapshot with no secret in clear: each write key becomes its fingerprint (so a key added or
 * removed still shows as a difference), and any other secret Segment returned uncensored, a
 * string under a secret-named key, becomes Segment's mask.
 */
export function withoutSecrets(snapshot: IDataObject): IDataObject {
	const walk = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(walk);
		if (value === null || typeof value !== 'object') return value;
		const copy: IDataObject = {};
		for (const [key, child] of Object.entries(value)) {
			if (key === 'writeKeys' && Array.isArray(child)) {
				copy[key] = child.map((writeKey) =>
					typeof writeKey === 'string' && !CENSORED.test(writeKey)
						? fingerprintOf(writeKey)
						: writeKey,
				);
			} else if (typeof child === 'string' && SECRET_KEY.test(key) && !CENSORED.test(child)) {
				copy[key] = child === '' ? child : SETTINGS_MASK;
			} else copy[key] = walk(child) as IDataObject[string];
		}
		return copy;
	};
	return walk(snapshot) as IDataObject;
}

/** Whether a destination's catalog entry has actions: only Actions destinations have subscriptions. */
function hasActions(destination: IDataObject): boolean {
	const actions = (destination.metadata as IDataObject | undefined)?.actions;
	return Array.isArray(actions) && actions.length > 0;
}

/** Each record once: a record that moved between two page requests can be listed twice. */
function uniqueRecords(records: IDataObject[]): IDataObject[] {
	const seen = new Set<string>();
	return records.filter((record) => {
		const key = recordKey(record);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

export interface ConfigurationChange {
	path: string;
	old?: unknown;
	new?: unknown;
}

export interface ConfigurationDifference {
	resourceType: string;
	id: string;
	name: string;
	kind: 'added' | 'removed' | 'changed';
	changes: ConfigurationChange[];
}

/** What a person calls a record: its name, display name, email, title or key:value. */
export function recordName(record: IDataObject): string {
	const settings = record.settings as IDataObject | undefined;
	const name =
		record.name ??
		record.displayName ??
		settings?.name ??
		record.email ??
		record.title ??
		(record.key !== undefined ? `${String(record.key)}:${String(record.value ?? '')}` : undefined);
	return name === undefined || name === null ? '' : String(name);
}

/** The leaf values that differ between two values, by path (`settings.apiKey`, `labels[1].value`). */
export function changedPaths(before: unknown, after: unknown, path = ''): ConfigurationChange[] {
	if (canonicalJson(before) === canonicalJson(after)) return [];
	const bothObjects =
		before !== null &&
		after !== null &&
		typeof before === 'object' &&
		typeof after === 'object' &&
		Array.isArray(before) === Array.isArray(after);
	if (!bothObjects) return [{ path: path || '$', old: before, new: after }];
	if (Array.isArray(before) && Array.isArray(after)) {
		if (before.length !== after.length) return [{ path: path || '$', old: before, new: after }];
		return before.flatMap((value, index) => changedPaths(value, after[index], `${path}[${index}]`));
	}
	const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
	return keys.flatMap((key) =>
		changedPaths(
			(before as IDataObject)[key],
			(after as IDataObject)[key],
			path ? `${path}.${key}` : key,
		),
	);
}

/**
 * One difference per record added, removed or changed between two snapshots, part by part. Both
 * are compared without secrets: a snapshot written before exports hid them shows none either.
 */
export function compareConfigurations(
	beforeAsGiven: IDataObject,
	afterAsGiven: IDataObject,
): ConfigurationDifference[] {
	const before = withoutSecrets(beforeAsGiven);
	const after = withoutSecrets(afterAsGiven);
	const differences: ConfigurationDifference[] = [];
	// A part in only one snapshot was not exported in the other: its records were not removed.
	const parts = [
		...CONFIGURATION_PARTS.filter((part) => part in before && part in after),
		...(canonicalJson(before.workspace) !== canonicalJson(after.workspace) ? ['workspace'] : []),
	];
	for (const part of parts) {
		if (part === 'workspace') {
			const workspace = (after.workspace ?? {}) as IDataObject;
			differences.push({
				resourceType: 'workspace',
				id: String(workspace.id ?? ''),
				name: recordName(workspace),
				kind: 'changed',
				changes: changedPaths(before.workspace, after.workspace),
			});
			continue;
		}
		const resourceType = RECORD_TYPE[part] ?? part;
		const old = new Map(recordsOf(before, part).map((record) => [recordKey(record), record]));
		const current = new Map(recordsOf(after, part).map((record) => [recordKey(record), record]));
		for (const [id, record] of current) {
			const previous = old.get(id);
			if (!previous) {
				differences.push({
					resourceType,
					id,
					name: recordName(record),
					kind: 'added',
					changes: [],
				});
				continue;
			}
			const changes = changedPaths(previous, record);
			if (changes.length > 0) {
				differences.push({ resourceType, id, name: recordName(record), kind: 'changed', changes });
			}
		}
		for (const [id, record] of old) {
			if (!current.has(id)) {
				differences.push({
					resourceType,
					id,
					name: recordName(record),
					kind: 'removed',
					changes: [],
				});
			}
		}
	}
	return differences;
}

function recordsOf(snapshot: IDataObject, part: string): IDataObject[] {
	const records = snapshot[part];
	return Array.isArray(records) ? (records as IDataObject[]) : [];
}
