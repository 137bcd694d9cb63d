import type { IDataObject } from 'n8n-workflow';
import { canonicalJson, changedPaths } from '../../shared/configuration';
import { ruleDifference, ruleName, type Rule } from '../../shared/ruleSync';
import { CENSORED, SETTINGS_MASK } from '../../shared/secrets';
import {
	isRef,
	KINDS_IN_ORDER,
	refTo,
	type IndexedWorkspace,
	type KeyedRecord,
	type RecordKind,
	type Ref,
} from './configurationRecords';
import {
	asObject,
	CONNECTIONS,
	finishSource,
	keyOfRef,
	replaceLabels,
	WRITES,
	type ApplyTools,
} from './configurationWrites';

export type ChangeAction = 'create' | 'update' | 'delete' | 'connect' | 'disconnect' | 'skip';

/** A field of a record as it is in the target and as the snapshot wants it. */
export interface FieldChange {
	path: string;
	current?: unknown;
	wanted?: unknown;
}

export type ChangeStatus = 'planned' | 'blocked' | 'needsInput' | 'skipped';

export interface PlannedChange {
	step: number;
	action: ChangeAction;
	kind: RecordKind;
	key: string;
	name: string;
	/** The record's ID in the target, when it exists there. */
	id?: string;
	changes: FieldChange[];
	status: ChangeStatus;
	reason?: string;
	needsInput?: string[];
	/** The references the change's writes need; created by earlier steps or already in the target. */
	requires: Ref[];
	/** Sends the change's writes; a create answers the new record's ID. */
	write?: (tools: ApplyTools) => Promise<string | undefined>;
}

export interface PlanOptions {
	kinds: Set<RecordKind>;
	deleteMissing: boolean;
	/** Values for secrets the snapshot carries censored, by "kind:key", then by path. */
	secretValues: Record<string, Record<string, string>>;
}

type Draft = Omit<PlannedChange, 'step' | 'status'> & { status?: ChangeStatus };

const isCensored = (value: unknown) => typeof value === 'string' && CENSORED.test(value);

/**
 * The current value with every place where either side is censored set to the wanted value: a
 * secret Segment will not show cannot be compared, so it never counts as a difference.
 */
function aligned(current: unknown, wanted: unknown): unknown {
	if (isCensored(current) || isCensored(wanted)) return wanted;
	if (
		current !== null &&
		wanted !== null &&
		typeof current === 'object' &&
		typeof wanted === 'object' &&
		Array.isArray(current) === Array.isArray(wanted)
	) {
		if (Array.isArray(current)) {
			const list = wanted as unknown[];
			return current.map((item, index) =>
				index < list.length ? aligned(item, list[index]) : item,
			);
		}
		const copy: IDataObject = { ...(current as IDataObject) };
		for (const [key, child] of Object.entries(wanted as IDataObject)) {
			if (key in copy) copy[key] = aligned(copy[key], child) as IDataObject[string];
		}
		return copy;
	}
	return current;
}

const differs = (current: unknown, wanted: unknown) =>
	canonicalJson(aligned(current, wanted) ?? null) !== canonicalJson(wanted ?? null);

/** The paths of censored values in a value about to be written, e.g. "settings.apiKey". */
function censoredPaths(value: unknown, path: string): string[] {
	if (isCensored(value)) return [path];
	if (value === null || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]) =>
		censoredPaths(child, Array.isArray(value) ? `${path}[${key}]` : `${path}.${key}`),
	);
}

/** Every reference inside a value. */
function refsIn(value: unknown): Ref[] {
	if (isRef(value)) return [value];
	if (value === null || typeof value !== 'object') return [];
	return Object.values(value).flatMap(refsIn);
}

function setAt(target: IDataObject, path: string, value: string): void {
	const parts = path.match(/[^.[\]]+/g) ?? [];
	let node: IDataObject = target;
	for (const part of parts.slice(0, -1)) node = node[part] as IDataObject;
	node[parts[parts.length - 1]] = value;
}

/**
 * A body with the censored values it would write replaced by the user's Secret Values: the body
 * to send, the secrets in it (kept out of answers and errors), and the paths nobody gave.
 */
function withSecrets(
	body: IDataObject,
	given: Record<string, string> | undefined,
): { body: IDataObject; secrets: string[]; missing: string[] } {
	const copy = JSON.parse(JSON.stringify(body)) as IDataObject;
	const secrets: string[] = [];
	const missing: string[] = [];
	for (const path of censoredPaths(copy, '').map((p) => p.replace(/^\./, ''))) {
		// A subscription's update nests its fields in "input"; the user names them as exported.
		const named = path.replace(/^input\./, '');
		const value = given?.[named];
		if (typeof value === 'string' && value !== '') {
			setAt(copy, path, value);
			secrets.push(value);
		} else missing.push(named);
	}
	return { body: copy, secrets, missing };
}

/** Top-level changes of a record, for a plan item: what each field is now and should be. */
function fieldChanges(
	current: IDataObject | undefined,
	wanted: IDataObject | undefined,
	fields: string[],
): FieldChange[] {
	return fields.flatMap((field) =>
		changedPaths(aligned(current?.[field], wanted?.[field]), wanted?.[field], field).map(
			(change) => ({
				path: change.path,
				current: change.old,
				wanted: change.new,
			}),
		),
	);
}

/** The fields compared for a kind: a transformation compares every field it has but its name. */
function comparedFields(kind: RecordKind, current: IDataObject, wanted: IDataObject): string[] {
	if (kind !== 'transformation') return WRITES[kind].compared;
	return [...new Set([...Object.keys(current), ...Object.keys(wanted)])]
		.filter((field) => field !== 'name')
		.sort();
}

/** The settings keys that differ, each with its whole wanted value: Segment merges settings by key. */
function changedSettings(current: unknown, wanted: unknown): IDataObject {
	const have = asObject(current);
	const changed: IDataObject = {};
	for (const [key, value] of Object.entries(asObject(wanted))) {
		if (differs(have[key], value)) changed[key] = value;
	}
	return changed;
}

/**
 * The changes that make the target match the wanted snapshot for the chosen kinds, in the order an
 * apply runs them: creates and updates kind by kind, dependencies first, then deletions (when
 * asked) in the reverse order. Each change says what differs; one that needs a reference nothing
 * provides is blocked, one that would write a censored secret nobody gave needs input.
 */
export function planConfiguration(
	wanted: IndexedWorkspace,
	current: IndexedWorkspace,
	options: PlanOptions,
): PlannedChange[] {
	const drafts: Draft[] = [];
	const chosen = KINDS_IN_ORDER.filter((kind) => options.kinds.has(kind) && wanted.kinds.has(kind));
	/** References that exist in the target, or that an unblocked create provides. */
	const available = new Set<string>();
	for (const [kind, records] of current.records) {
		for (const key of records.keys()) available.add(refTo(kind, key).$ref);
	}
	const currentOf = (kind: RecordKind, key: string) => current.records.get(kind)?.get(key);

	for (const kind of chosen) {
		const writes = WRITES[kind];
		for (const side of [wanted, current]) {
			for (const [key, count] of side.ambiguous.get(kind) ?? []) {
				drafts.push({
					action: 'skip',
					kind,
					key,
					name: key,
					changes: [],
					requires: [],
					status: 'skipped',
					reason: `${count} records of the ${side === wanted ? 'snapshot' : 'target workspace'} share this key, so Apply cannot tell them apart; rename all but one`,
				});
			}
		}
		for (const record of wanted.unkeyed.filter((entry) => entry.kind === kind)) {
			drafts.push({
				action: 'skip',
				kind,
				key: '',
				name: record.name,
				changes: [],
				requires: [],
				status: 'skipped',
				reason: `Cannot be matched: ${record.reason}`,
			});
		}
		const records = [...(wanted.records.get(kind)?.values() ?? [])].sort((a, b) =>
			a.key < b.key ? -1 : 1,
		);
		for (const record of records) {
			const ref = refTo(kind, record.key);
			const existing = currentOf(kind, record.key);
			const given = options.secretValues[ref.$ref];
			const connections = CONNECTIONS[kind];
			const own = { ...record.state };
			if (connections) delete own[connections.field];
			if (!existing && kind === 'function' && own.code === undefined) {
				drafts.push({
					action: 'skip',
					kind,
					key: record.key,
					name: record.name,
					changes: [],
					requires: [],
					status: 'skipped',
					reason:
						'The snapshot has no code for this function (an export made before exports read it): export again, or create it with Function > Create, then apply again',
				});
			} else if (!existing) {
				const request = writes.create!(own, ref, options);
				const filled = withSecrets(request.body ?? {}, given);
				const requires = refsIn(request);
				if (kind === 'source')
					requires.push(...(own.labels as string[]).map((label) => refTo('label', label)));
				if (kind === 'trackingPlan' && (own.rules as Rule[]).length === 0) delete own.rules;
				drafts.push({
					action: 'create',
					kind,
					key: record.key,
					name: record.name,
					changes: Object.keys(own)
						.filter((field) => own[field] !== undefined)
						.sort()
						.map((field) => ({ path: field, wanted: own[field] })),
					requires,
					...(filled.missing.length ? { needsInput: filled.missing } : {}),
					write: async (tools) => {
						const answer = await tools.send(
							{ ...request, body: request.body ? filled.body : undefined },
							filled.secrets,
						);
						const id = writes.createdId!(answer);
						tools.created(ref, id);
						if (kind === 'source')
							await finishSource(tools, ref, record.state, asObject(answer.source));
						if (kind === 'trackingPlan' && (record.state.rules as Rule[]).length > 0) {
							await tools.writeRules(ref, ruleDifference([], record.state.rules as Rule[], true));
						}
						return id;
					},
				});
			} else {
				const immutable = writes.immutable.filter((field) =>
					differs(existing.state[field], record.state[field]),
				);
				if (immutable.length > 0) {
					drafts.push({
						action: 'skip',
						kind,
						key: record.key,
						name: record.name,
						id: existing.id,
						changes: fieldChanges(existing.state, record.state, immutable),
						requires: [],
						status: 'skipped',
						reason: `${immutable.join(' and ')} cannot change once a ${kind} exists: delete it and apply again to create it anew`,
					});
				} else {
					const update = updateOf(kind, existing, record, ref, given);
					if (update) drafts.push(update);
				}
			}
			if (connections) {
				drafts.push(...connectionChanges(kind, record, existing, wanted, options, connections));
			}
		}
	}

	if (options.deleteMissing) {
		for (const kind of [...chosen].reverse()) {
			const keep = wanted.records.get(kind) ?? new Map();
			const ambiguous = wanted.ambiguous.get(kind) ?? new Map();
			for (const record of [...(current.records.get(kind)?.values() ?? [])].sort((a, b) =>
				a.key < b.key ? -1 : 1,
			)) {
				if (keep.has(record.key) || ambiguous.has(record.key)) continue;
				const request = WRITES[kind].remove(record);
				drafts.push({
					action: 'delete',
					kind,
					key: record.key,
					name: record.name,
					id: record.id,
					changes: [],
					requires: refsIn(request),
					write: async (tools) => {
						await tools.send(request);
						return undefined;
					},
				});
			}
		}
	}

	// Blocked: a change needing a reference that neither the target has nor an earlier create makes.
	const notCreated = new Map<string, number>();
	const describe = (ref: Ref) => {
		const [kind] = ref.$ref.split(':');
		const named = `${kind} "${keyOfRef(ref)}"`;
		const step = notCreated.get(ref.$ref);
		return step
			? `${named}, which step ${step} cannot create yet`
			: `${named}, which the target workspace does not have and this apply does not create`;
	};
	return drafts.map((draft, index) => {
		const step = index + 1;
		const missingRefs = draft.requires.filter((ref) => !available.has(ref.$ref));
		let status: ChangeStatus = draft.status ?? 'planned';
		let reason = draft.reason;
		if (status === 'planned' && missingRefs.length > 0) {
			status = 'blocked';
			reason = `Needs ${[...new Map(missingRefs.map((ref) => [ref.$ref, ref])).values()].map(describe).join('; ')}`;
		} else if (status === 'planned' && draft.needsInput?.length) status = 'needsInput';
		if (draft.action === 'create') {
			const ref = refTo(draft.kind, draft.key).$ref;
			if (status === 'planned') available.add(ref);
			else notCreated.set(ref, step);
		}
		return { ...draft, step, status, ...(reason ? { reason } : {}) };
	});

	function updateOf(
		kind: RecordKind,
		existing: KeyedRecord,
		record: KeyedRecord,
		ref: Ref,
		given: Record<string, string> | undefined,
	): Draft | undefined {
		const writes = WRITES[kind];
		const fields = comparedFields(kind, existing.state, record.state).filter(
			(field) => record.state[field] !== undefined,
		);
		const body: IDataObject = {};
		for (const field of fields) {
			if (writes.mergesSettings && field === 'settings') {
				const settings = changedSettings(existing.state.settings, record.state.settings);
				if (Object.keys(settings).length) body.settings = settings;
			} else if (differs(existing.state[field], record.state[field]))
				body[field] = record.state[field];
		}
		const changes = fieldChanges(existing.state, record.state, Object.keys(body));
		const extra: Array<(tools: ApplyTools) => Promise<void>> = [];
		const requires: Ref[] = refsIn(body);
		if (
			kind === 'source' &&
			canonicalJson(existing.state.labels) !== canonicalJson(record.state.labels)
		) {
			changes.push(...fieldChanges(existing.state, record.state, ['labels']));
			requires.push(...(record.state.labels as string[]).map((label) => refTo('label', label)));
			extra.push(async (tools) => await replaceLabels(tools, ref, record.state.labels as string[]));
		}
		if (kind === 'trackingPlan') {
			const rules = ruleDifference(
				existing.state.rules as Rule[],
				record.state.rules as Rule[],
				true,
			);
			for (const [verb, list] of [
				['added', rules.added],
				['changed', rules.changed],
				['removed', rules.removed],
			] as const) {
				for (const rule of list)
					changes.push({
						path: `rules[${ruleName(rule)}]`,
						...(verb === 'removed' ? { current: verb } : { wanted: verb }),
					});
			}
			if (rules.added.length + rules.changed.length + rules.removed.length > 0) {
				extra.push(async (tools) => await tools.writeRules(ref, rules));
			}
		}
		if (changes.length === 0) return undefined;
		if (kind === 'label') {
			return {
				action: 'skip',
				kind,
				key: record.key,
				name: record.name,
				id: existing.id,
				changes,
				requires: [],
				status: 'skipped',
				reason: writes.cannotUpdate,
			};
		}
		const request = Object.keys(body).length ? writes.update!(body, ref, record.state) : undefined;
		const filled = withSecrets(request?.body ?? {}, given);
		return {
			action: 'update',
			kind,
			key: record.key,
			name: record.name,
			id: existing.id,
			changes: changes.map((change) => ({
				...change,
				...(isCensored(change.current) ? { current: SETTINGS_MASK } : {}),
			})),
			requires,
			...(filled.missing.length ? { needsInput: filled.missing } : {}),
			write: async (tools) => {
				if (request) {
					await tools.send({ ...request, body: filled.body }, filled.secrets);
				}
				for (const step of extra) await step(tools);
				return undefined;
			},
		};
	}
}

/** Connect and disconnect changes of a warehouse's or tracking plan's sources. */
function connectionChanges(
	kind: RecordKind,
	record: KeyedRecord,
	existing: KeyedRecord | undefined,
	wanted: IndexedWorkspace,
	options: PlanOptions,
	connections: NonNullable<(typeof CONNECTIONS)[RecordKind]>,
): Draft[] {
	const owner = refTo(kind, record.key);
	const want = (record.state[connections.field] as Ref[]) ?? [];
	const have = (existing?.state[connections.field] as Ref[] | undefined) ?? [];
	const wantedSet = new Set(want.map((ref) => ref.$ref));
	const haveSet = new Set(have.map((ref) => ref.$ref));
	const snapshotSources = wanted.records.get('source');
	const draft = (action: 'connect' | 'disconnect', source: Ref): Draft => {
		const request = connections[action](owner, source);
		return {
			action,
			kind,
			key: record.key,
			name: record.name,
			...(existing ? { id: existing.id } : {}),
			changes: [
				{
					path: connections.field,
					...(action === 'connect' ? { wanted: source.$ref } : { current: source.$ref }),
				},
			],
			requires: [owner, source],
			write: async (tools) => {
				await tools.send(request);
				return undefined;
			},
		};
	};
	return [
		...want.filter((ref) => !haveSet.has(ref.$ref)).map((ref) => draft('connect', ref)),
		...have
			.filter((ref) => !wantedSet.has(ref.$ref))
			// A source the snapshot does not know keeps its connections unless deletions are asked for.
			.filter((ref) => options.deleteMissing || snapshotSources?.has(keyOfRef(ref)))
			.map((ref) => draft('disconnect', ref)),
	];
}
