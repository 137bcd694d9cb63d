import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { collectionField, samplesOperation, traitKeyField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Trait Samples',
	value: 'getTraitSamples',
	action: 'Get sample values of a trait',
	description: 'Get the most common values of a trait, up to 1,000',
	routing: segmentRouting(samplesOperation('/traits/{traitKey}/sample-values')),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the trait'),
	traitKeyField('The trait whose sample values to get, as Get Traits names it'),
	collectionField,
];

const displayOptions = { show: { resource: ['spaceSchema'], operation: ['getTraitSamples'] } };

export const description = updateDisplayOptions(displayOptions, properties);
