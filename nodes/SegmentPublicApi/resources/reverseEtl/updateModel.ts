import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import { modelFields } from './fields';

const show = { resource: ['reverseEtl'], operation: ['updateModel'] };
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

export const reverseEtlUpdateModelDescription: INodeProperties[] = [
	{
		...resourceLocator('reverseEtlModelId', show, 'The model to update'),
		routing: { send: { preSend: [requireChange] } },
	},
	optionalFields('updateFields', show, [
		fields.description,
		fields.enabled,
		fields.name,
		fields.query,
		fields.queryIdentifierColumn,
	]),
];
