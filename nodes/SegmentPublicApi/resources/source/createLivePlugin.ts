import {
	NodeOperationError,
	updateDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

/** Sends the code as written; only code that is empty or all whitespace is refused. */
async function codeBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const code = this.getNodeParameter('code', '') as unknown;
	if (typeof code !== 'string' || code.trim() === '') {
		throw new NodeOperationError(this.getNode(), 'The field "Code" is empty', {
			description: 'Enter the JavaScript of the Live Plugin to upload.',
		});
	}
	requestOptions.body = { ...((requestOptions.body ?? {}) as object), code };
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Create or Update Live Plugin',
	value: 'createLivePlugin',
	action: 'Create or update the live plugin of a source',
	description:
		'Upload the code of a Live Plugin for a source; it replaces the current code as a new version (alpha API)',
	routing: segmentRouting({
		method: 'POST',
		path: '/sources/{sourceId}/live-plugins/create',
		root: 'livePlugin',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose Live Plugin to create or replace'),
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		typeOptions: { editor: 'jsEditor', rows: 12 },
		required: true,
		default: '',
		description:
			'The JavaScript of the Live Plugin. It replaces the current code and becomes a new version. The workspace needs the Live Plugins feature (an alpha API).',
		routing: { send: { preSend: [codeBody] } },
	},
];

const displayOptions = { show: { resource: ['source'], operation: ['createLivePlugin'] } };

export const description = updateDisplayOptions(displayOptions, properties);
