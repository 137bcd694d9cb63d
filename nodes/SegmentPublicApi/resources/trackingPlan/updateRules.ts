import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { rulesBody, rulesField } from './rules';

const show = { resource: ['trackingPlan'], operation: ['updateRules'] };

export const trackingPlanUpdateRulesDescription: INodeProperties[] = [
	resourceLocator('trackingPlanId', show, 'The tracking plan whose rules to add or update'),
	{
		...rulesField(
			show,
			'The rules to add or update, as a JSON array of {type, key, version, jsonSchema}; a rule is matched by its type, key and version, and "newKey" renames it',
		),
		routing: { send: { preSend: [rulesBody(['jsonSchema', 'newKey'])] } },
	},
];
