import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyDestination } from '../../shared/utils';
import { destinationCreateDescription } from './create';
import { destinationDeleteDescription } from './delete';
import { destinationGetDescription } from './get';
import { destinationGetAllDescription } from './getAll';
import {
	destinationGetDeliveryMetricsDescription,
	simplifyDeliveryMetrics,
} from './getDeliveryMetrics';
import { destinationUpdateDescription } from './update';

export const destinationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['destination'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a destination',
				description: 'Create a destination connected to a source',
				routing: segmentRouting({
					method: 'POST',
					path: '/destinations',
					root: 'destination',
					simplify: simplifyDestination,
				}),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a destination',
				description: 'Delete a destination',
				routing: segmentRouting({ method: 'DELETE', path: '/destinations/{destinationId}' }),
			},
			{
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
			},
			{
				name: 'Get Delivery Metrics',
				value: 'getDeliveryMetrics',
				action: 'Get delivery metrics of a destination',
				description:
					'Get the summary of event deliveries to a destination from its source: successes, retries, discards, latency',
				routing: segmentRouting({
					method: 'GET',
					path: '/destinations/{destinationId}/delivery-metrics',
					root: 'deliveryMetricsSummary',
					version: 'v1beta',
					simplify: simplifyDeliveryMetrics,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many destinations',
				description: 'List the destinations of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/destinations',
					root: 'destinations',
					list: true,
					filtered: true,
					simplify: simplifyDestination,
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a destination',
				description: 'Change the name, enabled state or settings of a destination',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/destinations/{destinationId}',
					root: 'destination',
					simplify: simplifyDestination,
				}),
			},
		],
		default: 'getAll',
	},
	...destinationCreateDescription,
	...destinationDeleteDescription,
	...destinationGetDescription,
	...destinationGetAllDescription,
	...destinationGetDeliveryMetricsDescription,
	...destinationUpdateDescription,
];
