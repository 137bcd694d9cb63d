import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { ACTIVATIONS, audienceIdField, MAX_PAGE_SIZE } from './fields';
import { ACTIVATION_SIMPLE_FIELDS, simplifyActivation, simplifyField } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many Activations',
	value: 'getActivations',
	action: 'Get many activations',
	description: 'List the activations of an audience',
	routing: segmentRouting({
		method: 'GET',
		path: ACTIVATIONS,
		root: 'activations',
		list: true,
		simplify: simplifyActivation,
		version: 'v1alpha',
		maxPageSize: MAX_PAGE_SIZE,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience whose activations to list'),
	...returnAllAndLimit(),
	simplifyField(ACTIVATION_SIMPLE_FIELDS),
];

const displayOptions = { show: { resource: ['activation'], operation: ['getActivations'] } };

export const description = updateDisplayOptions(displayOptions, properties);
