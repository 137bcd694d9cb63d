import type { IDataObject } from 'n8n-workflow';
import type { PlannedWrite } from './partialWrites';
import { canonicalJson } from './configuration';
import { segmentApiRequest, type RequestPolicy, type SegmentContext } from './transport';

/** What names a rule in a tracking plan: its type, its key (event name) and its version. */
export interface RuleIdentity {
	type: string;
	key: string;
	version: number;
}

export type Rule = RuleIdentity & IDataObject;

export const ruleId = (rule: RuleIdentity) => `${rule.type}\u0000${rule.key}\u0000${rule.version}`;

export const identityOf = (rule: RuleIdentity): RuleIdentity => ({
	type: rule.type,
	key: rule.key,
	version: rule.version,
});

export const ruleName = (rule: RuleIdentity) => `${rule.type} "${rule.key}" v${rule.version}`;

/** Rules added or updated per request; Segment refuses larger rule writes. */
export const UPSERTS_PER_REQUEST = 200;
/** Rules removed per request; they travel in the query, which must stay short. */
export const REMOVALS_PER_REQUEST = 50;

/** A rule as Segment lists it, reduced to what a plan's rule is: identity and JSON schema. */
export function ruleOf(record: IDataObject): Rule {
	return {
		type: String(record.type),
		key: String(record.key ?? ''),
		version: Number(record.version),
		jsonSchema: (record.jsonSchema ?? null) as IDataObject,
	};
}

export interface RuleDifference {
	added: Rule[];
	changed: Rule[];
	removed: Rule[];
	unchanged: number;
}

/** What it takes to bring the current rules to the wanted ones; schemas compare by content. */
export function ruleDifference(
	current: Rule[],
	wanted: Rule[],
	removeUnlisted: boolean,
): RuleDifference {
	const byId = new Map(current.map((rule) => [ruleId(rule), rule]));
	const difference: RuleDifference = { added: [], changed: [], removed: [], unchanged: 0 };
	for (const rule of wanted) {
		const existing = byId.get(ruleId(rule));
		if (!existing) difference.added.push(rule);
		else if (canonicalJson(existing.jsonSchema ?? null) !== canonicalJson(rule.jsonSchema ?? null))
			difference.changed.push(rule);
		else difference.unchanged += 1;
	}
	if (removeUnlisted) {
		const wantedIds = new Set(wanted.map(ruleId));
		difference.removed = current.filter((rule) => !wantedIds.has(ruleId(rule)));
	}
	return difference;
}

function chunks<T>(values: T[], size: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < values.length; start += size) {
		result.push(values.slice(start, start + size));
	}
	return result;
}

/** One batch of rule writes, as an error names it. */
function batchWrite(
	kind: 'add/update' | 'removal',
	method: 'PATCH' | 'DELETE',
	batch: Rule[],
	index: number,
	total: number,
	prefix: string,
): PlannedWrite {
	const first = ruleName(batch[0]);
	const last = ruleName(batch[batch.length - 1]);
	return {
		name: `${prefix}${kind} batch ${index + 1} of ${total}`,
		covers: `${method}, ${batch.length} rule${batch.length === 1 ? '' : 's'}: ${batch.length === 1 ? first : `${first} … ${last}`}`,
		details: { method, rules: batch.map(identityOf) as unknown as IDataObject[] },
	};
}

export interface RuleBatch {
	write: PlannedWrite;
	send: () => Promise<IDataObject>;
}

/**
 * The requests that apply a rule difference to the plan at `path` (its rules endpoint): adds and
 * updates in PATCH batches of 200, removals in DELETE batches of 50. `prefix` starts each batch's
 * name, e.g. the plan's name when several plans are written.
 */
export function ruleBatches(
	this: SegmentContext,
	policy: RequestPolicy,
	path: string,
	difference: RuleDifference,
	prefix = '',
): RuleBatch[] {
	const upserts = chunks([...difference.added, ...difference.changed], UPSERTS_PER_REQUEST);
	const removals = chunks(difference.removed, REMOVALS_PER_REQUEST);
	return [
		...upserts.map((batch, index) => ({
			write: batchWrite('add/update', 'PATCH', batch, index, upserts.length, prefix),
			send: async () =>
				await segmentApiRequest.call(this, {
					...policy,
					method: 'PATCH',
					path,
					body: {
						rules: batch.map((rule) => ({
							...identityOf(rule),
							jsonSchema: rule.jsonSchema ?? null,
						})),
					},
				}),
		})),
		...removals.map((batch, index) => ({
			write: batchWrite('removal', 'DELETE', batch, index, removals.length, prefix),
			send: async () =>
				await segmentApiRequest.call(this, {
					...policy,
					method: 'DELETE',
					path,
					qs: { rules: batch.map(identityOf) },
				}),
		})),
	];
}
