import type { INodeProperties } from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import {
	audienceIdField,
	connectionBody,
	connectionSettingsField,
	idSyncConfigurationField,
} from './fields';

const show = { resource: ['activation'], operation: ['updateDestination'] };

export const activationUpdateDestinationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience the destination is connected to'),
	resourceLocator('destinationId', show, 'The connected destination to change'),
	{
		...optionalFields('updateFields', show, [connectionSettingsField, idSyncConfigurationField]),
		routing: { send: { preSend: [connectionBody('updateFields', true)] } },
	},
];
