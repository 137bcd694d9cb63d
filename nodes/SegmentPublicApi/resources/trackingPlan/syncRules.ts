import {
	updateDisplayOptions,
	type IDataObject,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { customRouting, resolveId } from '../../shared/routing';
import { listRecords, segmentApiRequest } from '../../shared/transport';
import { withWriteLog, type PlannedWrite } from '../../shared/partialWrites';
import { rulesField } from './fields';
import { checkedRules, identityOf, ruleId, type Rule, type RuleIdentity } from './rules';

/** Rules added or updated per request; Segment refuses larger rule writes. */
export const UPSERTS_PER_REQUEST = 200;
/** Rules removed per request; they travel in the query, which must stay short. */
export const REMOVALS_PER_REQUEST = 50;

/** JSON with sorted keys, so that two schemas that differ only in key order compare equal. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.keys(value)
			.sort()
			.filter((key) => (value as IDataObject)[key] !== undefined)
			.map((key) => `${JSON.stringify(key)}:${canonical((value as IDataObject)[key])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value ?? null);
}

/** What to do after a batch failed midway. */
const SYNC_RULES_HINT =
	"Running Sync Rules again as it is finishes the job: it reads the plan's current rules first and sends only what still differs, so the batches already written, and a batch that was applied, are not sent again. (Segment has no idempotency key for rule writes; none is needed here.)";

const ruleName = (rule: RuleIdentity) => `${rule.type} "${rule.key}" v${rule.version}`;

/** One batch of rule writes, as the error names it. */
function batchWrite(
	kind: 'add/update' | 'removal',
	method: 'PATCH' | 'DELETE',
	batch: Rule[],
	index: number,
	total: number,
): PlannedWrite {
	const first = ruleName(batch[0]);
	const last = ruleName(batch[batch.length - 1]);
	return {
		name: `${kind} batch ${index + 1} of ${total}`,
		covers: `${method}, ${batch.length} rule${batch.length === 1 ? '' : 's'}: ${batch.length === 1 ? first : `${first} … ${last}`}`,
		details: { method, rules: batch.map(identityOf) as unknown as IDataObject[] },
	};
}

function chunks<T>(values: T[], size: number): T[][] {
	const result: T[][] = [];
	for (let start = 0; start < values.length; start += size) {
		result.push(values.slice(start, start + size));
	}
	return result;
}

/**
 * Brings a plan's rules to the wanted ones: reads the current rules, then adds and updates in
 * batches of 200 and removes the unlisted ones in batches of 50, so plans of any size can be synced.
 * A batch failing midway names the batches written, the one that may have been applied and those
 * not sent (see withWriteLog).
 */
const syncRulesRouting = customRouting(
	'PATCH',
	'/tracking-plans/{trackingPlanId}/rules',
	async function (policy, _requestData, tools) {
		const wanted = checkedRules(this.getNode(), this.getNodeParameter('rules', '[]'), 'Rules', [
			'jsonSchema',
		]);
		const removeUnlisted = this.getNodeParameter('removeUnlisted', true) === true;
		const dryRun = this.getNodeParameter('dryRun', false) === true;
		const trackingPlanId = await resolveId.call(this, 'trackingPlanId');
		const path = await tools.path();

		let requests = 0;
		const counted = { ...policy, onSuccess: () => (requests += 1) };
		const current = new Map<string, Rule>();
		const listed = await listRecords.call(this, { ...counted, path, root: 'rules' });
		for (const record of listed) {
			const rule = {
				...record,
				type: String(record.type),
				key: String(record.key ?? ''),
				version: Number(record.version),
			};
			current.set(ruleId(rule), rule);
		}

		const added: Rule[] = [];
		const changed: Rule[] = [];
		let unchanged = 0;
		for (const rule of wanted) {
			const existing = current.get(ruleId(rule));
			if (!existing) added.push(rule);
			else if (canonical(existing.jsonSchema) !== canonical(rule.jsonSchema)) {
				changed.push(rule);
			} else unchanged += 1;
		}
		const wantedIds = new Set(wanted.map(ruleId));
		const removed = removeUnlisted
			? [...current.entries()].filter(([id]) => !wantedIds.has(id)).map(([, rule]) => rule)
			: [];

		return await withWriteLog.call(this, SYNC_RULES_HINT, async (log) => {
			if (!dryRun) {
				const upserts = chunks([...added, ...changed], UPSERTS_PER_REQUEST);
				const removals = chunks(removed, REMOVALS_PER_REQUEST);
				const planned = [
					...upserts.map((batch, index) => ({
						write: batchWrite('add/update', 'PATCH', batch, index, upserts.length),
						send: async () =>
							await segmentApiRequest.call(this, {
								...counted,
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
						write: batchWrite('removal', 'DELETE', batch, index, removals.length),
						send: async () =>
							await segmentApiRequest.call(this, {
								...counted,
								method: 'DELETE',
								path,
								qs: { rules: batch.map(identityOf) },
							}),
					})),
				];
				log.plan(...planned.map(({ write }) => write));
				for (const { write, send } of planned) await log.write(write, send);
			}
			return [
				{
					json: {
						trackingPlanId,
						dryRun,
						added: added.map(identityOf),
						changed: changed.map(identityOf),
						removed: removed.map(identityOf),
						unchanged,
						requests,
					} as unknown as IDataObject,
				},
			];
		});
	},
);

export const option: INodePropertyOptions = {
	name: 'Sync Rules',
	value: 'syncRules',
	action: 'Sync the rules of a tracking plan',
	description:
		'Add, update and remove rules in batches until the plan has exactly the given rules, and report what changed',
	routing: syncRulesRouting,
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan to bring in line with the rules'),
	rulesField(
		'Every rule the plan should have, as a JSON array of {type, key, version, jsonSchema} (or an object with a "rules" array, e.g. from a file in Git). Rules are matched by type, key and version; a missing version is 1.',
	),
	{
		displayName: 'Remove Rules Not Listed',
		name: 'removeUnlisted',
		type: 'boolean',
		default: true,
		description: 'Whether to remove the rules of the plan that "Rules" does not list',
	},
	{
		displayName: 'Dry Run',
		name: 'dryRun',
		type: 'boolean',
		default: false,
		description: 'Whether to only report what would change, without changing the plan',
	},
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['syncRules'] } };

export const description = updateDisplayOptions(displayOptions, properties);
