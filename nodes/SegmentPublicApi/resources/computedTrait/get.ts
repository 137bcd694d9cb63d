import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { computedTraitIdField, simplifyComputedTrait, TRAIT } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a computed trait',
	description: 'Get a computed trait by ID; Segment allows 100 requests per minute',
	routing: segmentRouting({
		method: 'GET',
		path: TRAIT,
		root: 'computedTrait',
		version: 'v1alpha',
		simplify: simplifyComputedTrait,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space of the computed trait'),
	computedTraitIdField('The computed trait to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['computedTrait'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
