import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Filtered at Destination',
	value: 'getFilteredAtDestination',
	action: 'Get events filtered at a destination',
	description:
		'Count the events destination filters, insert functions or consent dropped before a destination, one item per series',
	routing: deliveryOverviewRouting('/delivery-overview/filtered-at-destination'),
};

const properties: INodeProperties[] = stepFields('destination');

const displayOptions = {
	show: { resource: ['deliveryOverview'], operation: ['getFilteredAtDestination'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
