import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, refusingEmptyUpdate, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { modelFields } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Model',
	value: 'updateModel',
	action: 'Update a reverse ETL model',
	description: "Change a model's name, description, query or whether it syncs",
	routing: segmentRouting({
		method: 'PATCH',
		path: '/reverse-etl-models/{reverseEtlModelId}',
		root: 'reverseEtlModel',
		version: 'v1alpha',
	}),
};

const fields = modelFields(false);

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('reverseEtlModelId', 'The model to update'),
	optionalFields('updateFields', [
		fields.description,
		fields.enabled,
		fields.name,
		fields.query,
		fields.queryIdentifierColumn,
	]),
]);

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['updateModel'] } };

export const description = updateDisplayOptions(displayOptions, properties);
