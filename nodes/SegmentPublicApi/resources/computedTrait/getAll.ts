import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyComputedTrait, TRAITS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many computed traits',
	description: 'List the computed traits of a space; Segment allows 25 requests (pages) per minute',
	routing: segmentRouting({
		method: 'GET',
		path: TRAITS,
		root: 'computedTraits',
		list: true,
		version: 'v1alpha',
		simplify: simplifyComputedTrait,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space whose computed traits to list'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['computedTrait'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
