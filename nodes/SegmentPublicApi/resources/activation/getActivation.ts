import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { ACTIVATIONS, activationIdField, audienceIdField } from './fields';
import { ACTIVATION_SIMPLE_FIELDS, simplifyActivation, simplifyField } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Activation',
	value: 'getActivation',
	action: 'Get an activation',
	description: 'Get an activation of an audience by ID',
	routing: segmentRouting({
		method: 'GET',
		path: `${ACTIVATIONS}/{activationId}`,
		root: 'activation',
		simplify: simplifyActivation,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience of the activation'),
	activationIdField('The activation to get'),
	simplifyField(ACTIVATION_SIMPLE_FIELDS),
];

const displayOptions = { show: { resource: ['activation'], operation: ['getActivation'] } };

export const description = updateDisplayOptions(displayOptions, properties);
