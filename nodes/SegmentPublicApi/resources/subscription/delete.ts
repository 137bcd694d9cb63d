import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { subscriptionIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a destination subscription',
	description: 'Delete a subscription of a destination',
	routing: segmentRouting({
		method: 'DELETE',
		path: '/destinations/{destinationId}/subscriptions/{subscriptionId}',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination of the subscription'),
	subscriptionIdField,
];

const displayOptions = { show: { resource: ['destinationSubscription'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
