import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Filtered at Source',
	value: 'getFilteredAtSource',
	action: 'Get events filtered at a source',
	description:
		'Count the events schema settings or a tracking plan dropped at a source, one item per series',
	routing: deliveryOverviewRouting('/delivery-overview/filtered-at-source'),
};

const properties: INodeProperties[] = stepFields('source');

const displayOptions = {
	show: { resource: ['deliveryOverview'], operation: ['getFilteredAtSource'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
