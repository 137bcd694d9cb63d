import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	collectionField,
	listOperation,
	listOptions,
	sampleOptions,
	searchOption,
	sortByTraitOrLastSeen,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Traits',
	value: 'getTraits',
	action: 'Get the traits of a space',
	description: 'List the traits of the profiles (or accounts) of a space',
	routing: segmentRouting(listOperation('/traits', 'traits')),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space whose traits to list'),
	collectionField,
	...returnAllAndLimit(),
	listOptions([
		...sampleOptions,
		searchOption('Return only traits whose key contains this text'),
		...sortByTraitOrLastSeen,
	]),
];

const displayOptions = { show: { resource: ['spaceSchema'], operation: ['getTraits'] } };

export const description = updateDisplayOptions(displayOptions, properties);
