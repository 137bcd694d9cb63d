import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Failed Delivery',
	value: 'getFailedDelivery',
	action: 'Get events that failed delivery',
	description:
		'Count the events a destination failed to deliver (errors, unmet requirements), one item per series',
	routing: deliveryOverviewRouting('/delivery-overview/failed-delivery'),
};

const properties: INodeProperties[] = stepFields('destination');

const displayOptions = {
	show: { resource: ['deliveryOverview'], operation: ['getFailedDelivery'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
