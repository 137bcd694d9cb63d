import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyFunction } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a function',
	description: 'Get a function with its code and settings',
	routing: segmentRouting({
		method: 'GET',
		path: '/functions/{functionId}',
		root: 'function',
		simplify: simplifyFunction,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('functionId', 'The function to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['function'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
