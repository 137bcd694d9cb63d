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
	name: 'Replace Rules',
	value: 'replaceRules',
	action: 'Replace the rules of a tracking plan',
	description: 'Set the rules of a plan of up to 200 rules in one request',
	routing: segmentRouting({ method: 'PUT', path: '/tracking-plans/{trackingPlanId}/rules' }),
};

const properties: INodeProperties[] = [
	resourceLocator('trackingPlanId', 'The tracking plan whose rules to replace'),
	{
		...rulesField(
			'The only rules the plan keeps, as a JSON array of {type, key, version, jsonSchema}. Segment refuses this when the plan has more than 200 rules: use Sync Rules for large plans.',
		),
		routing: { send: { preSend: [rulesBody(['jsonSchema'])] } },
	},
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['replaceRules'] } };

export const description = updateDisplayOptions(displayOptions, properties);
