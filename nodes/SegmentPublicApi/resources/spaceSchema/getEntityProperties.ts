import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { entitySlugField, listOperation, listOptions, sampleOptions } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Entity Properties',
	value: 'getEntityProperties',
	action: 'Get the properties of an entity',
	description: 'List the properties (columns) of an entity, with their data types',
	routing: segmentRouting(listOperation('/entities/{entitySlug}/properties', 'entityProperties')),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the entity'),
	entitySlugField('The entity whose properties to list, as Get Entity Paths names it'),
	...returnAllAndLimit(),
	listOptions(sampleOptions),
];

const displayOptions = { show: { resource: ['spaceSchema'], operation: ['getEntityProperties'] } };

export const description = updateDisplayOptions(displayOptions, properties);
