import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	nameField,
	optionalFields,
	refusingEmptyUpdate,
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a tracking plan',
	routing: segmentRouting({ method: 'PATCH', path: '/tracking-plans/{trackingPlanId}' }),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('trackingPlanId', 'The tracking plan to update'),
	optionalFields('updateFields', [
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

const displayOptions = { show: { resource: ['trackingPlan'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
