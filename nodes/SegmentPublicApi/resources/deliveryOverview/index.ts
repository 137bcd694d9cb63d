import type { INodeProperties } from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const deliveryOverviewDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deliveryOverview'] } },
		options: [
			{
				name: 'Get Failed Delivery',
				value: 'getFailedDelivery',
				action: 'Get events that failed delivery',
				description:
					'Count the events a destination failed to deliver (errors, unmet requirements), one item per series',
				routing: deliveryOverviewRouting('/delivery-overview/failed-delivery'),
			},
			{
				name: 'Get Failed on Ingest',
				value: 'getFailedOnIngest',
				action: 'Get events that failed on ingest',
				description:
					'Count the events a source received that Segment dropped by its validation rules, one item per series',
				routing: deliveryOverviewRouting('/delivery-overview/failed-on-ingest'),
			},
			{
				name: 'Get Filtered at Destination',
				value: 'getFilteredAtDestination',
				action: 'Get events filtered at a destination',
				description:
					'Count the events destination filters, insert functions or consent dropped before a destination, one item per series',
				routing: deliveryOverviewRouting('/delivery-overview/filtered-at-destination'),
			},
			{
				name: 'Get Filtered at Source',
				value: 'getFilteredAtSource',
				action: 'Get events filtered at a source',
				description:
					'Count the events schema settings or a tracking plan dropped at a source, one item per series',
				routing: deliveryOverviewRouting('/delivery-overview/filtered-at-source'),
			},
			{
				name: 'Get Successful Delivery',
				value: 'getSuccessfulDelivery',
				action: 'Get events delivered successfully',
				description:
					'Count the events delivered to a destination, retries included, one item per series',
				routing: deliveryOverviewRouting('/delivery-overview/successful-delivery'),
			},
			{
				name: 'Get Successfully Received',
				value: 'getSuccessfullyReceived',
				action: 'Get events successfully received',
				description: 'Count the events Segment received from a source, one item per series',
				routing: deliveryOverviewRouting('/delivery-overview/successfully-received'),
			},
		],
		default: 'getSuccessfulDelivery',
	},
	...stepFields('received'),
	...stepFields('source'),
	...stepFields('destination'),
];
