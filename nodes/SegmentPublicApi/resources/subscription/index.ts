import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifySubscription } from '../../shared/utils';
import { subscriptionCreateDescription } from './create';
import { subscriptionDeleteDescription } from './delete';
import { subscriptionGetDescription } from './get';
import { subscriptionGetAllDescription } from './getAll';
import { subscriptionUpdateDescription } from './update';

export const subscriptionDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['destinationSubscription'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a destination subscription',
				description: 'Make an action of a destination run for the events a trigger selects',
				routing: segmentRouting({
					method: 'POST',
					path: '/destinations/{destinationId}/subscriptions',
					root: 'destinationSubscription',
					simplify: simplifySubscription,
					version: 'v1alpha',
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a destination subscription',
				description: 'Delete a subscription of a destination',
				routing: segmentRouting({
					method: 'DELETE',
					path: '/destinations/{destinationId}/subscriptions/{subscriptionId}',
					version: 'v1alpha',
				}),
			},
			{
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
			},
			{
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
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a destination subscription',
				description: 'Change the name, trigger, enabled state or settings of a subscription',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/destinations/{destinationId}/subscriptions/{subscriptionId}',
					root: 'subscription',
					simplify: simplifySubscription,
					version: 'v1alpha',
				}),
			},
		],
		default: 'getAll',
	},
	...subscriptionCreateDescription,
	...subscriptionDeleteDescription,
	...subscriptionGetDescription,
	...subscriptionGetAllDescription,
	...subscriptionUpdateDescription,
];
