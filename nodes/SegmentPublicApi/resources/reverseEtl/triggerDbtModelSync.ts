import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocatorInBody } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Trigger DBT Model Sync',
	value: 'triggerDbtModelSync',
	action: 'Trigger a dbt model sync',
	description:
		"Sync a source's dbt models from its Git repository now (Segment allows 10 requests a minute)",
	routing: segmentRouting({
		method: 'POST',
		path: '/dbt-model-syncs/trigger',
		root: 'dbtModelSyncTrigger',
		version: 'v1beta',
	}),
};

const properties: INodeProperties[] = [
	resourceLocatorInBody(
		'sourceId',
		'The Reverse ETL source whose dbt models Segment syncs from the connected Git repository',
	),
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['triggerDbtModelSync'] } };

export const description = updateDisplayOptions(displayOptions, properties);
