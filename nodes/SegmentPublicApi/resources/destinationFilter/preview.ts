import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { parseJsonObject } from '../../shared/utils';
import { actionsFields } from './actions';
import { conditionField } from './fields';

const show = { resource: ['destinationFilter'], operation: ['preview'] };

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

export const destinationFilterPreviewDescription: INodeProperties[] = [
	conditionField(show, true, 'filter.if'),
	...actionsFields(show, 'filter.actions'),
	{
		displayName: 'Payload (JSON)',
		name: 'payload',
		type: 'json',
		required: true,
		default: '{\n  "type": "track",\n  "event": "Order Completed",\n  "properties": {}\n}',
		description:
			'The event to try the filter on, as Segment receives it, e.g. {"type": "track", "event": "Order Completed", "properties": {"email": "a@example.com"}}',
		displayOptions: { show },
		routing: { send: { preSend: [payloadBody] } },
	},
];
