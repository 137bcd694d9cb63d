import type { INodeProperties } from 'n8n-workflow';
import { jsonBodyField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['destinationSubscription'], operation: ['create'] };

export const subscriptionCreateDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination (an actions destination) to subscribe'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the subscription',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Action Name or ID',
		name: 'actionId',
		type: 'options',
		typeOptions: {
			loadOptionsMethod: 'getDestinationActions',
			loadOptionsDependsOn: ['destinationId.value'],
		},
		required: true,
		default: '',
		description:
			'The action of the destination to run. Pick the destination first: the list shows its actions (only Actions destinations have any). Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'actionId' } },
	},
	{
		displayName: 'Trigger (FQL)',
		name: 'trigger',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. type = "track" and event = "Order Completed"',
		description: 'The FQL statement that selects the events the action runs for',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'trigger' } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the subscription runs as soon as it is created',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'enabled' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'The field mappings of the action as a JSON object, e.g. {"event_name": {"@path": "$.event"}}',
		{ displayOptions: { show } },
	),
];
