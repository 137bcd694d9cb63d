import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyDestination } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a destination',
	description: 'Get a destination by ID',
	routing: segmentRouting({
		method: 'GET',
		path: '/destinations/{destinationId}',
		root: 'destination',
		simplify: simplifyDestination,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['destination'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
