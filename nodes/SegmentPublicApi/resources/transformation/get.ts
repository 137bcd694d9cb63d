import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyTransformation } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a transformation',
	description: 'Get a transformation by ID',
	routing: segmentRouting({
		method: 'GET',
		path: '/transformations/{transformationId}',
		root: 'transformation',
		simplify: simplifyTransformation,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('transformationId', 'The transformation to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['transformation'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
