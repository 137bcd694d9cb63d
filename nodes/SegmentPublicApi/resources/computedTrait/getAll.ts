import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['computedTrait'], operation: ['getAll'] };

export const computedTraitGetAllDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space whose computed traits to list'),
	...returnAllAndLimit(show),
	simplify(show),
];
