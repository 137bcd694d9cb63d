import type { INodeProperties } from 'n8n-workflow';
import { jsonBodyField, resourceLocator, subscriptionIdField } from '../../shared/descriptions';

const show = { resource: ['destinationSubscription'], operation: ['update'] };

export const subscriptionUpdateDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination of the subscription'),
	subscriptionIdField(show),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Enabled',
				name: 'enabled',
				type: 'boolean',
				default: true,
				description: 'Whether the subscription runs',
				routing: { send: { type: 'body', property: 'input.enabled' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The name of the subscription',
				routing: { send: { type: 'body', property: 'input.name' } },
			},
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
		],
	},
];
