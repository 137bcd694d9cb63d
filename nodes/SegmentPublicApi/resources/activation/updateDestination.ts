import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	audienceIdField,
	CONNECTIONS,
	connectionBody,
	connectionSettingsField,
	idSyncConfigurationField,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Destination',
	value: 'updateDestination',
	action: 'Update a destination of an audience',
	description: "Change a connected destination's ID sync configuration or connection settings",
	routing: segmentRouting({
		method: 'PATCH',
		path: `${CONNECTIONS}/{destinationId}`,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience the destination is connected to'),
	resourceLocator('destinationId', 'The connected destination to change'),
	{
		...optionalFields('updateFields', [connectionSettingsField, idSyncConfigurationField]),
		routing: { send: { preSend: [connectionBody('updateFields', true)] } },
	},
];

const displayOptions = { show: { resource: ['activation'], operation: ['updateDestination'] } };

export const description = updateDisplayOptions(displayOptions, properties);
