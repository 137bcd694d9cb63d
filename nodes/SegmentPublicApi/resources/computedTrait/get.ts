import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/legacyFields';
import { computedTraitIdField } from './fields';

const show = { resource: ['computedTrait'], operation: ['get'] };

export const computedTraitGetDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space of the computed trait'),
	computedTraitIdField(show, 'The computed trait to get'),
	simplify(show),
];
