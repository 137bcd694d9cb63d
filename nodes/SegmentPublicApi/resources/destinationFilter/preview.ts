import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { parseJsonObject } from '../../shared/utils';
import { actionsFields } from './actions';
import { conditionField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Preview',
	value: 'preview',
	action: 'Preview a destination filter',
	description: 'Try a condition and actions on an event and see what Segment would send',
	routing: segmentRouting({ method: 'POST', path: '/destination/filters/preview' }),
};

/** Parses the payload before sending; bad JSON fails naming the field. */
async function payloadBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = (requestOptions.body ?? {}) as IDataObject;
	body.payload = parseJsonObject(
		this.getNode(),
		this.getNodeParameter('payload', '{}'),
		'Payload (JSON)',
	);
	requestOptions.body = body;
	return requestOptions;
}

const properties: INodeProperties[] = [
	conditionField(true, 'filter.if'),
	...actionsFields('filter.actions'),
	{
		displayName: 'Payload (JSON)',
		name: 'payload',
		type: 'json',
		required: true,
		default: '{\n  "type": "track",\n  "event": "Order Completed",\n  "properties": {}\n}',
		description:
			'The event to try the filter on, as Segment receives it, e.g. {"type": "track", "event": "Order Completed", "properties": {"email": "a@example.com"}}',
		routing: { send: { preSend: [payloadBody] } },
	},
];

const displayOptions = { show: { resource: ['destinationFilter'], operation: ['preview'] } };

export const description = updateDisplayOptions(displayOptions, properties);
