import {
	NodeOperationError,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

const create = { resource: ['source'], operation: ['createLivePlugin'] };
const deleteCode = { resource: ['source'], operation: ['deleteLivePluginCode'] };
const get = { resource: ['source'], operation: ['getLivePlugin'] };

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

export const sourceCreateLivePluginDescription: INodeProperties[] = [
	resourceLocator('sourceId', create, 'The source whose Live Plugin to create or replace'),
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		typeOptions: { editor: 'jsEditor', rows: 12 },
		required: true,
		default: '',
		description:
			'The JavaScript of the Live Plugin. It replaces the current code and becomes a new version. The workspace needs the Live Plugins feature (an alpha API).',
		displayOptions: { show: create },
		routing: { send: { preSend: [codeBody] } },
	},
];

export const sourceDeleteLivePluginCodeDescription: INodeProperties[] = [
	resourceLocator(
		'sourceId',
		deleteCode,
		'The source whose Live Plugin code to remove. Live Plugins stay enabled for it.',
	),
];

export const sourceGetLivePluginDescription: INodeProperties[] = [
	resourceLocator('sourceId', get, 'The source whose latest Live Plugin to get'),
];
