import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Successful Delivery',
	value: 'getSuccessfulDelivery',
	action: 'Get events delivered successfully',
	description: 'Count the events delivered to a destination, retries included, one item per series',
	routing: deliveryOverviewRouting('/delivery-overview/successful-delivery'),
};

const properties: INodeProperties[] = stepFields('destination');

const displayOptions = {
	show: { resource: ['deliveryOverview'], operation: ['getSuccessfulDelivery'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
