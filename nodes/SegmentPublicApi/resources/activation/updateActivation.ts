import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	ACTIVATIONS,
	activationBody,
	activationIdField,
	activationOptionalFields,
	audienceIdField,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Activation',
	value: 'updateActivation',
	action: 'Update an activation',
	description: 'Change what an activation sends, enable or disable it, or resync it',
	routing: segmentRouting({
		method: 'PATCH',
		path: `${ACTIVATIONS}/{activationId}`,
		root: 'activation',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience of the activation'),
	activationIdField('The activation to change'),
	{
		...optionalFields('updateFields', activationOptionalFields(true)),
		routing: { send: { preSend: [activationBody('updateFields', true)] } },
	},
];

const displayOptions = { show: { resource: ['activation'], operation: ['updateActivation'] } };

export const description = updateDisplayOptions(displayOptions, properties);
