import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { computedTraitIdField } from './fields';

const show = { resource: ['computedTrait'], operation: ['delete'] };

export const computedTraitDeleteDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space of the computed trait'),
	computedTraitIdField(show, 'The computed trait to delete'),
];
