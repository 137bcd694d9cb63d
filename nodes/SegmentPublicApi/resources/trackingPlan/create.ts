import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { trackingPlanTypeField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a tracking plan',
	routing: segmentRouting({ method: 'POST', path: '/tracking-plans', root: 'trackingPlan' }),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Web Events',
		description: 'The name of the tracking plan',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		...trackingPlanTypeField('The kind of tracking plan; Live is the one connected to sources'),
		required: true,
		default: 'LIVE',
		routing: { send: { type: 'body', property: 'type' } },
	},
	optionalFields('additionalFields', [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the tracking plan covers',
			routing: { send: { type: 'body', property: 'description' } },
		},
	]),
];

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
