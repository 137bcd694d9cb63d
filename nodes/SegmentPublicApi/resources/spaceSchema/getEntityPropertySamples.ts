import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { entitySlugField, propertyNameField } from './fields';

const show = { resource: ['spaceSchema'], operation: ['getEntityPropertySamples'] };

export const spaceSchemaGetEntityPropertySamplesDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the entity'),
	entitySlugField(show, 'The entity of the property, as Get Entity Paths names it'),
	propertyNameField(
		show,
		'The property whose sample values to get, as Get Entity Properties names it',
	),
];
