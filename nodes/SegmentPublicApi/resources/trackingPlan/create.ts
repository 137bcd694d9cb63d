import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import { trackingPlanTypeField } from './fields';

const show = { resource: ['trackingPlan'], operation: ['create'] };

export const trackingPlanCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Web Events',
		description: 'The name of the tracking plan',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		...trackingPlanTypeField('The kind of tracking plan; Live is the one connected to sources'),
		required: true,
		default: 'LIVE',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'type' } },
	},
	optionalFields('additionalFields', show, [
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
