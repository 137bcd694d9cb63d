import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { rulesField } from './fields';
import { rulesBody } from './rules';

export const option: INodePropertyOptions = {
	name: 'Update Rules',
	value: 'updateRules',
	action: 'Add or update rules of a tracking plan',
	routing: segmentRouting({ method: 'PATCH', path: '/tracking-plans/{trackingPlanId}/rules' }),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan whose rules to add or update'),
	{
		...rulesField(
			'The rules to add or update, as a JSON array of {type, key, version, jsonSchema}; a rule is matched by its type, key and version, and "newKey" renames it',
		),
		routing: { send: { preSend: [rulesBody(['jsonSchema', 'newKey'])] } },
	},
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['updateRules'] } };

export const description = updateDisplayOptions(displayOptions, properties);
