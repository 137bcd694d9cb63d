import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { enabledField, jsonBodyField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';
import { resolveId } from '../../shared/routing';
import { functionField, SETTINGS_DESCRIPTION } from './fields';

const show = { resource: ['insertFunctionInstance'], operation: ['create'] };

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

export const insertFunctionInstanceCreateDescription: INodeProperties[] = [
	functionField(
		show,
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
		displayOptions: { show },
		routing: { send: { preSend: [integrationIdBody] } },
	},
	resourceLocator(
		'destinationId',
		{ ...show, connectTo: ['destination'] },
		'The destination whose events the function changes before they are sent',
	),
	resourceLocator(
		'sourceId',
		{ ...show, connectTo: ['source'] },
		'The source whose events the function changes',
	),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Enrich orders (production)',
		description: 'The name of the instance, shown in the Segment app',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		...enabledField('Whether the instance runs as soon as it is created'),
		displayOptions: { show },
	},
	jsonBodyField('settings', 'Settings (JSON)', SETTINGS_DESCRIPTION, {
		displayOptions: { show },
	}),
];
