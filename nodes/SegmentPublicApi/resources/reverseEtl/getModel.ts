import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Model',
	value: 'getModel',
	action: 'Get a reverse ETL model',
	routing: segmentRouting({
		method: 'GET',
		path: '/reverse-etl-models/{reverseEtlModelId}',
		root: 'reverseEtlModel',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [resourceLocator('reverseEtlModelId', 'The model to get')];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['getModel'] } };

export const description = updateDisplayOptions(displayOptions, properties);
