import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
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

/** An update without any field would change nothing: it fails before sending. */
async function requireChange(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as Record<string, unknown>;
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(this.getNode(), 'The field "Update Fields" is empty', {
			description: 'Add at least one field of the model to change.',
		});
	}
	return requestOptions;
}

const properties: INodeProperties[] = [
	{
		...resourceLocator('reverseEtlModelId', 'The model to update'),
		routing: { send: { preSend: [requireChange] } },
	},
	optionalFields('updateFields', [
		fields.description,
		fields.enabled,
		fields.name,
		fields.query,
		fields.queryIdentifierColumn,
	]),
];

const displayOptions = { show: { resource: ['reverseEtl'], operation: ['updateModel'] } };

export const description = updateDisplayOptions(displayOptions, properties);
