import {
	NodeOperationError,
	updateDisplayOptions,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
import { customRouting, resolveId } from '../../shared/routing';
import { segmentApiRequest } from '../../shared/transport';
import { actionsFields } from './actions';
import { conditionField, destinationField, enabledFieldOf, titleField } from './fields';

/** Sends the Source when one is given; left empty, the runner reads it from the destination. */
async function sourceIdBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const value = this.getNodeParameter('sourceId', '', { extractValue: true }) as unknown;
	if (typeof value === 'string' ? value.trim() !== '' : value !== undefined && value !== null) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		body.sourceId = await resolveId.call(this, 'sourceId');
		requestOptions.body = body;
	}
	return requestOptions;
}

/**
 * Creates the filter. Segment needs the destination's source in the body; when the Source field is
 * empty, the destination is read first to learn it.
 */
const createFilter = customRouting(
	'POST',
	'/destination/{destinationId}/filters',
	async function (policy, requestData, tools) {
		const path = await tools.path();
		const body = { ...(requestData.options.body as IDataObject) };
		if (body.sourceId === undefined) {
			const data = await segmentApiRequest.call(this, {
				...policy,
				method: 'GET',
				path: await tools.path('/destinations/{destinationId}'),
			});
			const sourceId = (data.destination as IDataObject | undefined)?.sourceId;
			if (typeof sourceId !== 'string' || sourceId === '') {
				throw new NodeOperationError(
					this.getNode(),
					'Segment did not say which source the destination is connected to',
					{ description: 'Pick the source in the "Source" field.' },
				);
			}
			body.sourceId = sourceId;
		}
		const data = await segmentApiRequest.call(this, {
			...policy,
			method: 'POST',
			path,
			body,
		});
		return [{ json: (data.filter as IDataObject | undefined) ?? {} }];
	},
);

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a destination filter',
	description: 'Add a filter that drops, samples or trims the events sent to a destination',
	routing: createFilter,
};

const properties: INodeProperties[] = [
	destinationField('The destination to add the filter to'),
	{
		...resourceLocator(
			'sourceId',
			"The source connected to the destination; the filter applies to its events. Leave empty to use the destination's source (read with one extra request).",
		),
		required: false,
		routing: { send: { preSend: [sourceIdBody] } },
	},
	titleField(true),
	conditionField(true),
	...actionsFields('actions'),
	enabledFieldOf(),
	optionalFields('additionalFields', [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the filter is for',
			routing: { send: { type: 'body', property: 'description' } },
		},
	]),
];

const displayOptions = { show: { resource: ['destinationFilter'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
