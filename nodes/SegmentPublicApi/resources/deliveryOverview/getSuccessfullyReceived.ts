import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Successfully Received',
	value: 'getSuccessfullyReceived',
	action: 'Get events successfully received',
	description: 'Count the events Segment received from a source, one item per series',
	routing: deliveryOverviewRouting('/delivery-overview/successfully-received'),
};

const properties: INodeProperties[] = stepFields('received');

const displayOptions = {
	show: { resource: ['deliveryOverview'], operation: ['getSuccessfullyReceived'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
