import type { IDataObject } from 'n8n-workflow';
import { canonicalJson } from '../../shared/configuration';
import { ruleOf, type Rule } from '../../shared/ruleSync';

/*
 * The records Apply Configuration writes, as workspace-independent states: each record is named
 * by a natural key (a source by its slug, a destination by its source's slug and its name, ...),
 * and every ID of another record in it becomes a reference `{ $ref: "kind:key" }`, so a snapshot
 * of one workspace compares with, and applies to, another.
 */

export type RecordKind =
	| 'label'
	| 'function'
	| 'source'
	| 'warehouse'
	| 'trackingPlan'
	| 'transformation'
	| 'destination'
	| 'subscription'
	| 'destinationFilter';

/** The kinds in the order their records are created: each after those it refers to. */
export const KINDS_IN_ORDER: RecordKind[] = [
	'label',
	'function',
	'source',
	'warehouse',
	'destination',
	'subscription',
	'destinationFilter',
	'transformation',
	'trackingPlan',
];

/** The part of a snapshot (and of the Include field) each kind comes from. */
export const PART_OF_KIND: Record<RecordKind, string> = {
	label: 'labels',
	function: 'functions',
	source: 'sources',
	warehouse: 'warehouses',
	trackingPlan: 'trackingPlans',
	transformation: 'transformations',
	destination: 'destinations',
	subscription: 'subscriptions',
	destinationFilter: 'destinationFilters',
};

export interface Ref {
	$ref: string;
}

export const refTo = (kind: RecordKind, key: string): Ref => ({ $ref: `${kind}:${key}` });

export const isRef = (value: unknown): value is Ref =>
	value !== null && typeof value === 'object' && typeof (value as Ref).$ref === 'string';

/** One record of one workspace: its key, its ID there, and its state. */
export interface KeyedRecord {
	kind: RecordKind;
	key: string;
	id: string;
	name: string;
	state: IDataObject;
}

/** A record that could not be keyed, and why (its source is not in the snapshot, ...). */
export interface UnkeyedRecord {
	kind: RecordKind;
	name: string;
	reason: string;
}

/** One workspace's records by kind and key; records sharing a key are kept apart as ambiguous. */
export interface IndexedWorkspace {
	records: Map<RecordKind, Map<string, KeyedRecord>>;
	ambiguous: Map<RecordKind, Map<string, number>>;
	unkeyed: UnkeyedRecord[];
	/** The kinds the snapshot carries: a kind it lacks says nothing about the target's records. */
	kinds: Set<RecordKind>;
}

const listOf = (value: unknown): IDataObject[] =>
	Array.isArray(value) ? (value as IDataObject[]) : [];

const text = (value: unknown): string =>
	value === undefined || value === null ? '' : String(value);

const metadataIdOf = (record: IDataObject): string =>
	text((record.metadata as IDataObject | undefined)?.id ?? record.metadataId);

/** The value with every string that is the ID of a keyed record replaced by its reference. */
function portable(value: unknown, refOfId: Map<string, Ref>): unknown {
	if (typeof value === 'string') return refOfId.get(value) ?? value;
	if (Array.isArray(value)) return value.map((item) => portable(item, refOfId));
	if (value !== null && typeof value === 'object') {
		const copy: IDataObject = {};
		for (const [key, child] of Object.entries(value)) {
			copy[key] = portable(child, refOfId) as IDataObject[string];
		}
		return copy;
	}
	return value;
}

const sortedRefs = (refs: Ref[]): Ref[] =>
	[...refs].sort((a, b) => (a.$ref < b.$ref ? -1 : a.$ref > b.$ref ? 1 : 0));

const TRANSFORMATION_OWN_FIELDS = new Set(['id', 'workspaceId', 'createdAt', 'updatedAt']);

/** A tracking plan's rules as compared and written: identity and schema, in a stable order. */
function rulesOf(plan: IDataObject): Rule[] {
	return listOf(plan.rules)
		.map(ruleOf)
		.sort((a, b) => {
			const x = canonicalJson([a.type, a.key, a.version]);
			const y = canonicalJson([b.type, b.key, b.version]);
			return x < y ? -1 : x > y ? 1 : 0;
		});
}

/** Subscriptions or filters of the snapshot: under their destination, or listed on their own. */
function childrenOf(snapshot: IDataObject, nested: string, part: string): IDataObject[] {
	if (
		Array.isArray(snapshot.destinations) &&
		listOf(snapshot.destinations).some((d) => nested in d)
	) {
		return listOf(snapshot.destinations).flatMap((destination) =>
			listOf(destination[nested]).map((record) => ({ ...record, destinationId: destination.id })),
		);
	}
	return listOf(snapshot[part]);
}

/**
 * Indexes a snapshot (an export of either workspace): keys every record of the kinds it carries
 * and turns the IDs inside records into references. Kinds are keyed in dependency order, as a
 * destination's key needs its source's, a subscription's its destination's.
 */
export function indexWorkspace(snapshot: IDataObject): IndexedWorkspace {
	const indexed: IndexedWorkspace = {
		records: new Map(),
		ambiguous: new Map(),
		unkeyed: [],
		kinds: new Set(),
	};
	const refOfId = new Map<string, Ref>();
	const raw = new Map<RecordKind, Array<{ key: string; record: IDataObject; name: string }>>();

	const keyed = (
		kind: RecordKind,
		record: IDataObject,
		key: string | undefined,
		name: string,
		reason = '',
	) => {
		if (key === undefined) {
			indexed.unkeyed.push({ kind, name, reason });
			return;
		}
		if (!raw.has(kind)) raw.set(kind, []);
		raw.get(kind)!.push({ key, record, name });
		if (record.id !== undefined && record.id !== null)
			refOfId.set(String(record.id), refTo(kind, key));
	};
	const keyOf = (id: unknown): string | undefined => {
		const ref = refOfId.get(text(id));
		return ref ? ref.$ref.slice(ref.$ref.indexOf(':') + 1) : undefined;
	};
	const has = (part: string) => Array.isArray(snapshot[part]);

	if (has('labels')) {
		indexed.kinds.add('label');
		for (const label of listOf(snapshot.labels)) {
			const key = `${text(label.key)}:${text(label.value)}`;
			keyed('label', label, key, key);
		}
	}
	if (has('functions')) {
		indexed.kinds.add('function');
		for (const fn of listOf(snapshot.functions)) {
			keyed(
				'function',
				fn,
				`${text(fn.resourceType)}/${text(fn.displayName)}`,
				text(fn.displayName),
			);
		}
	}
	if (has('sources')) {
		indexed.kinds.add('source');
		for (const source of listOf(snapshot.sources)) {
			keyed(
				'source',
				source,
				text(source.slug) || undefined,
				text(source.name ?? source.slug),
				'it has no slug',
			);
		}
	}
	if (has('warehouses')) {
		indexed.kinds.add('warehouse');
		for (const warehouse of listOf(snapshot.warehouses)) {
			const settings = (warehouse.settings as IDataObject | undefined) ?? {};
			const name = text(settings.name ?? warehouse.name) || undefined;
			keyed(
				'warehouse',
				warehouse,
				name,
				name ?? text(warehouse.id),
				'it has no name in its settings',
			);
		}
	}
	if (has('trackingPlans')) {
		indexed.kinds.add('trackingPlan');
		for (const plan of listOf(snapshot.trackingPlans))
			keyed('trackingPlan', plan, text(plan.name), text(plan.name));
	}
	if (has('transformations')) {
		indexed.kinds.add('transformation');
		for (const transformation of listOf(snapshot.transformations)) {
			keyed('transformation', transformation, text(transformation.name), text(transformation.name));
		}
	}
	const destinationKey = (destination: IDataObject) => {
		const sourceKey = keyOf(destination.sourceId);
		return sourceKey === undefined ? undefined : `${sourceKey}/${text(destination.name)}`;
	};
	if (has('destinations')) {
		indexed.kinds.add('destination');
		for (const destination of listOf(snapshot.destinations)) {
			keyed(
				'destination',
				destination,
				destinationKey(destination),
				text(destination.name),
				`its source (${text(destination.sourceId)}) is not among the snapshot's sources`,
			);
		}
	}
	for (const [kind, nested, part, nameField] of [
		['subscription', 'subscriptions', 'subscriptions', 'name'],
		['destinationFilter', 'filters', 'destinationFilters', 'title'],
	] as const) {
		const records = childrenOf(snapshot, nested, part);
		if (!has(part) && !listOf(snapshot.destinations).some((d) => nested in d)) continue;
		indexed.kinds.add(kind);
		for (const record of records) {
			const parent = keyOf(record.destinationId);
			keyed(
				kind,
				record,
				parent === undefined ? undefined : `${parent}/${text(record[nameField])}`,
				text(record[nameField]),
				`its destination (${text(record.destinationId)}) is not among the snapshot's destinations`,
			);
		}
	}

	for (const [kind, entries] of raw) {
		const byKey = new Map<string, KeyedRecord>();
		const counts = new Map<string, number>();
		for (const { key } of entries) counts.set(key, (counts.get(key) ?? 0) + 1);
		for (const { key, record, name } of entries) {
			if ((counts.get(key) ?? 0) > 1) continue;
			byKey.set(key, {
				kind,
				key,
				id: text(record.id),
				name,
				state: stateOf(kind, record, refOfId),
			});
		}
		indexed.records.set(kind, byKey);
		const ambiguous = new Map([...counts].filter(([, count]) => count > 1));
		if (ambiguous.size > 0) indexed.ambiguous.set(kind, ambiguous);
	}
	return indexed;
}

/** What Apply Configuration compares and writes of a record, with references for IDs. */
function stateOf(kind: RecordKind, record: IDataObject, refOfId: Map<string, Ref>): IDataObject {
	const refs = (ids: unknown) =>
		sortedRefs(
			listOf(ids).flatMap((id) => (refOfId.get(text(id)) ? [refOfId.get(text(id))!] : [])),
		);
	const settings = () => portable(record.settings ?? {}, refOfId) as IDataObject;
	switch (kind) {
		case 'label':
			return { key: record.key, value: record.value, description: text(record.description) };
		case 'function':
			return {
				resourceType: record.resourceType,
				displayName: record.displayName,
				description: text(record.description),
				logoUrl: text(record.logoUrl),
				...(record.code !== undefined ? { code: record.code } : {}),
				...(record.settings !== undefined ? { settings: record.settings } : {}),
			};
		case 'source':
			return {
				slug: record.slug,
				name: record.name,
				enabled: record.enabled,
				metadataId: metadataIdOf(record),
				settings: settings(),
				labels: listOf(record.labels)
					.map((label) => `${text(label.key)}:${text(label.value)}`)
					.sort(),
			};
		case 'warehouse':
			return {
				enabled: record.enabled,
				metadataId: metadataIdOf(record),
				settings: settings(),
				connectedSources: refs(record.connectedSourceIds),
			};
		case 'trackingPlan':
			return {
				name: record.name,
				type: record.type,
				description: text(record.description),
				rules: rulesOf(record) as unknown as IDataObject[],
				sources: refs(record.sourceIds),
			};
		case 'transformation': {
			const state: IDataObject = {};
			for (const [field, value] of Object.entries(record)) {
				if (!TRANSFORMATION_OWN_FIELDS.has(field))
					state[field] = portable(value, refOfId) as IDataObject[string];
			}
			return state;
		}
		case 'destination':
			return {
				source: refOfId.get(text(record.sourceId)),
				name: record.name,
				enabled: record.enabled,
				metadataId: metadataIdOf(record),
				settings: settings(),
			} as IDataObject;
		case 'subscription':
			return {
				destination: refOfId.get(text(record.destinationId)),
				name: record.name,
				actionId: record.actionId,
				trigger: record.trigger,
				enabled: record.enabled,
				settings: settings(),
			} as IDataObject;
		case 'destinationFilter':
			return {
				destination: refOfId.get(text(record.destinationId)),
				title: record.title,
				if: record.if,
				actions: record.actions,
				enabled: record.enabled,
				description: text(record.description),
			} as IDataObject;
	}
}
