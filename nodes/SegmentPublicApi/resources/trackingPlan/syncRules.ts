import {
	updateDisplayOptions,
	type IDataObject,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { customRouting, resolveId } from '../../shared/routing';
import { listRecords } from '../../shared/transport';
import { withWriteLog } from '../../shared/partialWrites';
import { rulesField } from './fields';
import { checkedRules } from './rules';
import { identityOf, ruleBatches, ruleDifference, ruleOf, type Rule } from '../../shared/ruleSync';

/** What to do after a batch failed midway. */
const SYNC_RULES_HINT =
	"Running Sync Rules again as it is finishes the job: it reads the plan's current rules first and sends only what still differs, so the batches already written, and a batch that was applied, are not sent again. (Segment has no idempotency key for rule writes; none is needed here.)";

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
		const listed = await listRecords.call(this, { ...counted, path, root: 'rules' });
		const { added, changed, removed, unchanged } = ruleDifference(
			listed.map(ruleOf),
			wanted as Rule[],
			removeUnlisted,
		);

		return await withWriteLog.call(this, SYNC_RULES_HINT, async (log) => {
			if (!dryRun) {
				const batches = ruleBatches.call(this, counted, path, {
					added,
					changed,
					removed,
					unchanged,
				});
				log.plan(...batches.map(({ write }) => write));
				for (const { write, send } of batches) await log.write(write, send);
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
