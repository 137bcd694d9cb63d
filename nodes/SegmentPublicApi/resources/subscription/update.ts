import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField, refusingEmptyUpdate, subscriptionIdField } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['destinationSubscription'], operation: ['update'] };

export const subscriptionUpdateDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('destinationId', show, 'The destination of the subscription'),
	subscriptionIdField(show),
	optionalFields('updateFields', show, [
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
