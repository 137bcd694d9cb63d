import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	enabledField,
	jsonBodyField,
	nameField,
	optionalFields,
	refusingEmptyUpdate,
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { subscriptionIdField } from './fields';
import { simplifySubscription } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a destination subscription',
	description: 'Change the name, trigger, enabled state or settings of a subscription',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/destinations/{destinationId}/subscriptions/{subscriptionId}',
		root: 'subscription',
		simplify: simplifySubscription,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('destinationId', 'The destination of the subscription'),
	subscriptionIdField,
	optionalFields('updateFields', [
		enabledField('Whether the subscription runs', 'input.enabled'),
		nameField('The name of the subscription', 'input.name'),
		jsonBodyField(
			'settings',
			'Settings',
			'The field mappings of the action, as a JSON object',
			{},
			'input.settings',
		),
		{
			displayName: 'Trigger (FQL)',
			name: 'trigger',
			type: 'string',
			default: '',
			description: 'The FQL statement that selects the events the action runs for',
			routing: { send: { type: 'body', property: 'input.trigger' } },
		},
	]),
]);

const displayOptions = { show: { resource: ['destinationSubscription'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
