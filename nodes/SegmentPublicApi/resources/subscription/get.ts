import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { subscriptionIdField } from './fields';
import { simplifySubscription } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a destination subscription',
	description: 'Get a subscription of a destination',
	routing: segmentRouting({
		method: 'GET',
		path: '/destinations/{destinationId}/subscriptions/{subscriptionId}',
		root: 'subscription',
		simplify: simplifySubscription,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination of the subscription'),
	subscriptionIdField,
	simplify(),
];

const displayOptions = { show: { resource: ['destinationSubscription'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
