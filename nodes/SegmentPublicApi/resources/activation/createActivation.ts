import type { INodeProperties } from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import {
	ACTIVATION_TYPES,
	activationBody,
	activationOptionalFields,
	audienceIdField,
} from './fields';

const show = { resource: ['activation'], operation: ['createActivation'] };

export const activationCreateActivationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience to activate'),
	{
		displayName: 'Connection ID',
		name: 'connectionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ii_123456789',
		description:
			'The connection of the audience to the destination: the connection ID that Add Destination returns, or the ID of the destination in Get Destinations',
		displayOptions: { show },
	},
	{
		displayName: 'Activation Name',
		name: 'activationName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. High-value customers to Braze',
		description: 'The name of the activation; for warehouse destinations, the table name',
		displayOptions: { show },
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
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'activationType' } },
	},
	{
		displayName: 'Perform Resync',
		name: 'performResync',
		type: 'boolean',
		default: false,
		description:
			'Whether to send the whole audience to the destination from scratch, instead of only the changes from now on',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'performResync' } },
	},
	{
		...optionalFields('additionalFields', show, activationOptionalFields(false)),
		routing: { send: { preSend: [activationBody('additionalFields', false)] } },
	},
];
