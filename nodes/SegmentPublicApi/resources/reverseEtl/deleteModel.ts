import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete Model',
	value: 'deleteModel',
	action: 'Delete a reverse ETL model',
	routing: segmentRouting({
		method: 'DELETE',
		path: '/reverse-etl-models/{reverseEtlModelId}',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [resourceLocator('reverseEtlModelId', 'The model to delete')];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['deleteModel'] } };

export const description = updateDisplayOptions(displayOptions, properties);
