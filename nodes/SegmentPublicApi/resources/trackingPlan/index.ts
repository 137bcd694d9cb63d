import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { trackingPlanAddSourceDescription } from './addSource';
import { trackingPlanCreateDescription } from './create';
import { trackingPlanDeleteDescription } from './delete';
import { trackingPlanGetDescription } from './get';
import { trackingPlanGetAllDescription } from './getAll';
import { trackingPlanGetRulesDescription } from './getRules';
import { trackingPlanGetSourcesDescription } from './getSources';
import { trackingPlanRemoveRulesDescription } from './removeRules';
import { trackingPlanRemoveSourceDescription } from './removeSource';
import { trackingPlanReplaceRulesDescription } from './replaceRules';
import { trackingPlanSyncRulesDescription, trackingPlanSyncRulesRouting } from './syncRules';
import { trackingPlanUpdateDescription } from './update';
import { trackingPlanUpdateRulesDescription } from './updateRules';

const PLAN = '/tracking-plans/{trackingPlanId}';

export const trackingPlanDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['trackingPlan'] } },
		options: [
			{
				name: 'Add Source',
				value: 'addSource',
				action: 'Connect a source to a tracking plan',
				description: "Connect a source, so the plan validates the source's events",
				routing: segmentRouting({ method: 'POST', path: `${PLAN}/sources` }),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a tracking plan',
				routing: segmentRouting({ method: 'POST', path: '/tracking-plans', root: 'trackingPlan' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a tracking plan',
				routing: segmentRouting({ method: 'DELETE', path: PLAN }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a tracking plan',
				routing: segmentRouting({ method: 'GET', path: PLAN, root: 'trackingPlan' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many tracking plans',
				routing: segmentRouting({
					method: 'GET',
					path: '/tracking-plans',
					root: 'trackingPlans',
					list: true,
				}),
			},
			{
				name: 'Get Rules',
				value: 'getRules',
				action: 'Get the rules of a tracking plan',
				description: 'List the rules of a plan, one item per rule',
				routing: segmentRouting({
					method: 'GET',
					path: `${PLAN}/rules`,
					root: 'rules',
					list: true,
				}),
			},
			{
				name: 'Get Sources',
				value: 'getSources',
				action: 'Get the sources of a tracking plan',
				description: 'List the sources connected to a plan',
				routing: segmentRouting({
					method: 'GET',
					path: `${PLAN}/sources`,
					root: 'sources',
					list: true,
				}),
			},
			{
				name: 'Remove Rules',
				value: 'removeRules',
				action: 'Remove rules from a tracking plan',
				routing: segmentRouting({ method: 'DELETE', path: `${PLAN}/rules` }),
			},
			{
				name: 'Remove Source',
				value: 'removeSource',
				action: 'Disconnect a source from a tracking plan',
				routing: segmentRouting({ method: 'DELETE', path: `${PLAN}/sources` }),
			},
			{
				name: 'Replace Rules',
				value: 'replaceRules',
				action: 'Replace the rules of a tracking plan',
				description: 'Set the rules of a plan of up to 200 rules in one request',
				routing: segmentRouting({ method: 'PUT', path: `${PLAN}/rules` }),
			},
			{
				name: 'Sync Rules',
				value: 'syncRules',
				action: 'Sync the rules of a tracking plan',
				description:
					'Add, update and remove rules in batches until the plan has exactly the given rules, and report what changed',
				routing: trackingPlanSyncRulesRouting,
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a tracking plan',
				routing: segmentRouting({ method: 'PATCH', path: PLAN }),
			},
			{
				name: 'Update Rules',
				value: 'updateRules',
				action: 'Add or update rules of a tracking plan',
				routing: segmentRouting({ method: 'PATCH', path: `${PLAN}/rules` }),
			},
		],
		default: 'getAll',
	},
	...trackingPlanAddSourceDescription,
	...trackingPlanCreateDescription,
	...trackingPlanDeleteDescription,
	...trackingPlanGetDescription,
	...trackingPlanGetAllDescription,
	...trackingPlanGetRulesDescription,
	...trackingPlanGetSourcesDescription,
	...trackingPlanRemoveRulesDescription,
	...trackingPlanRemoveSourceDescription,
	...trackingPlanReplaceRulesDescription,
	...trackingPlanSyncRulesDescription,
	...trackingPlanUpdateDescription,
	...trackingPlanUpdateRulesDescription,
];
