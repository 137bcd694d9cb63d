import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocatorInBody } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { modelFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create Model',
	value: 'createModel',
	action: 'Create a reverse ETL model',
	description: 'Create a model: the SQL query that extracts records from a warehouse source',
	routing: segmentRouting({
		method: 'POST',
		path: '/reverse-etl-models',
		root: 'reverseEtlModel',
		version: 'v1alpha',
	}),
};

const fields = modelFields(true);

const properties: INodeProperties[] = [
	resourceLocatorInBody(
		'sourceId',
		'The warehouse source the model reads from (a Reverse ETL source such as Snowflake or BigQuery)',
	),
	fields.name,
	fields.query,
	fields.queryIdentifierColumn,
	fields.description,
	fields.enabled,
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['createModel'] } };

export const description = updateDisplayOptions(displayOptions, properties);
