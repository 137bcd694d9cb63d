import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import {
	collectionField,
	listOptions,
	sampleOptions,
	searchOption,
	sortByTraitOrLastSeen,
} from './fields';

const show = { resource: ['spaceSchema'], operation: ['getTraits'] };

export const spaceSchemaGetTraitsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space whose traits to list'),
	collectionField(show),
	...returnAllAndLimit(show),
	listOptions(show, [
		...sampleOptions,
		searchOption('Return only traits whose key contains this text'),
		...sortByTraitOrLastSeen,
	]),
];
