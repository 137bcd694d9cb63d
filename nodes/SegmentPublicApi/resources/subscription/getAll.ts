import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySubscription } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many destination subscriptions',
	description: 'List the subscriptions of a destination',
	routing: segmentRouting({
		method: 'GET',
		path: '/destinations/{destinationId}/subscriptions',
		root: 'subscriptions',
		list: true,
		simplify: simplifySubscription,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination whose subscriptions to list'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['destinationSubscription'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
