import {
	updateDisplayOptions,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { enabledField, jsonBodyField, resourceLocator } from '../../shared/descriptions';
import { resolveId, segmentRouting } from '../../shared/routing';
import { functionField, INSTANCES_PATH, SETTINGS_DESCRIPTION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an insert function instance',
	description: 'Connect an insert function to a destination or a source',
	routing: segmentRouting({
		method: 'POST',
		path: INSTANCES_PATH,
		root: 'insertFunctionInstance',
		version: 'v1alpha',
	}),
};

/** Sends the chosen destination or source as the instance's `integrationId`. */
async function integrationIdBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const connectTo = this.getNodeParameter('connectTo', 'destination') as string;
	const integrationId = await resolveId.call(
		this,
		connectTo === 'source' ? 'sourceId' : 'destinationId',
	);
	requestOptions.body = { ...((requestOptions.body ?? {}) as IDataObject), integrationId };
	return requestOptions;
}

const properties: INodeProperties[] = [
	functionField(
		'The insert function to connect; Insert Destination functions connect to a destination, Insert Source functions to a source',
		'body',
	),
	{
		displayName: 'Connect To',
		name: 'connectTo',
		type: 'options',
		options: [
			{
				name: 'Destination',
				value: 'destination',
				description: 'For an Insert Destination function',
			},
			{ name: 'Source', value: 'source', description: 'For an Insert Source function' },
		],
		default: 'destination',
		description: 'Whether the function runs before a destination or after a source',
		routing: { send: { preSend: [integrationIdBody] } },
	},
	{
		...resourceLocator(
			'destinationId',
			'The destination whose events the function changes before they are sent',
		),
		displayOptions: { show: { connectTo: ['destination'] } },
	},
	{
		...resourceLocator('sourceId', 'The source whose events the function changes'),
		displayOptions: { show: { connectTo: ['source'] } },
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Enrich orders (production)',
		description: 'The name of the instance, shown in the Segment app',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		...enabledField('Whether the instance runs as soon as it is created'),
	},
	jsonBodyField('settings', 'Settings (JSON)', SETTINGS_DESCRIPTION, {}),
];

const displayOptions = { show: { resource: ['insertFunctionInstance'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
