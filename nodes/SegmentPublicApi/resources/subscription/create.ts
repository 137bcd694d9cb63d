import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { jsonBodyField, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySubscription } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a destination subscription',
	description: 'Make an action of a destination run for the events a trigger selects',
	routing: segmentRouting({
		method: 'POST',
		path: '/destinations/{destinationId}/subscriptions',
		root: 'destinationSubscription',
		simplify: simplifySubscription,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination (an actions destination) to subscribe'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the subscription',
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
		routing: { send: { type: 'body', property: 'trigger' } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the subscription runs as soon as it is created',
		routing: { send: { type: 'body', property: 'enabled' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'The field mappings of the action as a JSON object, e.g. {"event_name": {"@path": "$.event"}}',
	),
];

const displayOptions = { show: { resource: ['destinationSubscription'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
