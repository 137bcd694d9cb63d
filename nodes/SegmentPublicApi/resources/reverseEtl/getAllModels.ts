import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Many Models',
	value: 'getAllModels',
	action: 'Get many reverse ETL models',
	description: 'List the models of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/reverse-etl-models',
		root: 'models',
		list: true,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = returnAllAndLimit();

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['getAllModels'] } };

export const description = updateDisplayOptions(displayOptions, properties);
