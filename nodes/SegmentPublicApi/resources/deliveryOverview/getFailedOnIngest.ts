import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { stepFields } from './fields';
import { deliveryOverviewRouting } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Failed on Ingest',
	value: 'getFailedOnIngest',
	action: 'Get events that failed on ingest',
	description:
		'Count the events a source received that Segment dropped by its validation rules, one item per series',
	routing: deliveryOverviewRouting('/delivery-overview/failed-on-ingest'),
};

const properties: INodeProperties[] = stepFields('source');

const displayOptions = {
	show: { resource: ['deliveryOverview'], operation: ['getFailedOnIngest'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
