import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { ACTIVATIONS, activationIdField, audienceIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Activation',
	value: 'removeActivation',
	action: 'Remove an activation',
	description: 'Delete an activation; the audience stops syncing to its destination',
	routing: segmentRouting({
		method: 'DELETE',
		path: `${ACTIVATIONS}/{activationId}`,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience of the activation'),
	activationIdField('The activation to delete; the audience stops syncing to its destination'),
];

const displayOptions = { show: { resource: ['activation'], operation: ['removeActivation'] } };

export const description = updateDisplayOptions(displayOptions, properties);
