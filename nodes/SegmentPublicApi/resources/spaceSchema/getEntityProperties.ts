import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { entitySlugField, listOptions, sampleOptions } from './fields';

const show = { resource: ['spaceSchema'], operation: ['getEntityProperties'] };

export const spaceSchemaGetEntityPropertiesDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the entity'),
	entitySlugField(show, 'The entity whose properties to list, as Get Entity Paths names it'),
	...returnAllAndLimit(show),
	listOptions(show, sampleOptions),
];
