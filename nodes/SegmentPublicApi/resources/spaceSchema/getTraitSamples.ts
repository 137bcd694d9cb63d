import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { collectionField, traitKeyField } from './fields';

const show = { resource: ['spaceSchema'], operation: ['getTraitSamples'] };

export const spaceSchemaGetTraitSamplesDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the trait'),
	traitKeyField(show, 'The trait whose sample values to get, as Get Traits names it'),
	collectionField(show),
];
