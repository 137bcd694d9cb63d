import type { INodeProperties } from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import {
	activationBody,
	activationIdField,
	activationOptionalFields,
	audienceIdField,
} from './fields';

const show = { resource: ['activation'], operation: ['updateActivation'] };

export const activationUpdateActivationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience of the activation'),
	activationIdField(show, 'The activation to change'),
	{
		...optionalFields('updateFields', show, activationOptionalFields(true)),
		routing: { send: { preSend: [activationBody('updateFields', true)] } },
	},
];
