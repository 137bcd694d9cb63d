import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { entitySlugField, propertyNameField, samplesOperation } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Entity Property Samples',
	value: 'getEntityPropertySamples',
	action: 'Get sample values of an entity property',
	description: 'Get the most common values of an entity property, up to 1,000',
	routing: segmentRouting(
		samplesOperation('/entities/{entitySlug}/properties/{propertyName}/sample-values'),
	),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the entity'),
	entitySlugField('The entity of the property, as Get Entity Paths names it'),
	propertyNameField('The property whose sample values to get, as Get Entity Properties names it'),
];

const displayOptions = {
	show: { resource: ['spaceSchema'], operation: ['getEntityPropertySamples'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
