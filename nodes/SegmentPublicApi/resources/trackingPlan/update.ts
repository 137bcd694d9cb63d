import type { INodeProperties } from 'n8n-workflow';
import { nameField, refusingEmptyUpdate } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['trackingPlan'], operation: ['update'] };

export const trackingPlanUpdateDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('trackingPlanId', show, 'The tracking plan to update'),
	optionalFields('updateFields', show, [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the tracking plan covers',
			routing: { send: { type: 'body', property: 'description' } },
		},
		nameField('The name of the tracking plan'),
	]),
]);
