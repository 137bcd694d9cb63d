import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	ACTIVATION_TYPES,
	activationBody,
	activationOptionalFields,
	audienceIdField,
	CONNECTIONS,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Create Activation',
	value: 'createActivation',
	action: 'Create an activation',
	description: 'Start sending an audience to a connected destination, and define what it sends',
	routing: segmentRouting({
		method: 'POST',
		path: `${CONNECTIONS}/{connectionId}/activations`,
		root: 'activation',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience to activate'),
	{
		displayName: 'Connection ID',
		name: 'connectionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ii_123456789',
		description:
			'The connection of the audience to the destination: the connection ID that Add Destination returns, or the ID of the destination in Get Destinations',
	},
	{
		displayName: 'Activation Name',
		name: 'activationName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. High-value customers to Braze',
		description: 'The name of the activation; for warehouse destinations, the table name',
		routing: { send: { type: 'body', property: 'activationName' } },
	},
	{
		displayName: 'Activation Type',
		name: 'activationType',
		type: 'options',
		options: ACTIVATION_TYPES,
		required: true,
		default: 'Audience Entered',
		description: 'When an event is sent to the destination',
		routing: { send: { type: 'body', property: 'activationType' } },
	},
	{
		displayName: 'Perform Resync',
		name: 'performResync',
		type: 'boolean',
		default: false,
		description:
			'Whether to send the whole audience to the destination from scratch, instead of only the changes from now on',
		routing: { send: { type: 'body', property: 'performResync' } },
	},
	{
		...optionalFields('additionalFields', activationOptionalFields(false)),
		routing: { send: { preSend: [activationBody('additionalFields', false)] } },
	},
];

const displayOptions = { show: { resource: ['activation'], operation: ['createActivation'] } };

export const description = updateDisplayOptions(displayOptions, properties);
