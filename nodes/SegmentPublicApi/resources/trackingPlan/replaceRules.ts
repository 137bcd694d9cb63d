import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { rulesBody, rulesField } from './rules';

const show = { resource: ['trackingPlan'], operation: ['replaceRules'] };

export const trackingPlanReplaceRulesDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan whose rules to replace'),
	{
		...rulesField(
			show,
			'The only rules the plan keeps, as a JSON array of {type, key, version, jsonSchema}. Segment refuses this when the plan has more than 200 rules: use Sync Rules for large plans.',
		),
		routing: { send: { preSend: [rulesBody(['jsonSchema'])] } },
	},
];
