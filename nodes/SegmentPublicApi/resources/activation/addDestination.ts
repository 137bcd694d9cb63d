import {
	updateDisplayOptions,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
import { resolveId, segmentRouting } from '../../shared/routing';
import {
	audienceIdField,
	CONNECTIONS,
	connectionBody,
	connectionSettingsField,
	idSyncConfigurationField,
} from './fields';

/** Puts `destination: {id, type}` into the body, the ID taken from the locator of the chosen kind. */
async function destinationBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const type = this.getNodeParameter('destinationType', 'destination') as string;
	const id = await resolveId.call(this, type === 'warehouse' ? 'warehouseId' : 'destinationId');
	requestOptions.body = { ...(requestOptions.body as object), destination: { id, type } };
	return requestOptions;
}

export const option: INodePropertyOptions = {
	name: 'Add Destination',
	value: 'addDestination',
	action: 'Add a destination to an audience',
	description:
		'Connect a destination or warehouse to an audience; create an activation on the connection to start syncing',
	routing: segmentRouting({ method: 'POST', path: CONNECTIONS, version: 'v1alpha' }),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience to connect the destination to'),
	{
		displayName: 'Destination Kind',
		name: 'destinationType',
		type: 'options',
		options: [
			{ name: 'Destination', value: 'destination' },
			{ name: 'Warehouse', value: 'warehouse' },
		],
		default: 'destination',
		description:
			'Whether the audience goes to a destination or a warehouse. It must already be added to the space in Engage Settings.',
		routing: { send: { preSend: [destinationBody] } },
	},
	{
		...resourceLocator(
			'destinationId',
			'The destination to connect; it must be added to the space in Engage Settings first',
		),
		displayOptions: { show: { destinationType: ['destination'] } },
	},
	{
		...resourceLocator(
			'warehouseId',
			'The warehouse to connect; it must be added to the space in Engage Settings first',
		),
		displayOptions: { show: { destinationType: ['warehouse'] } },
	},
	{
		...optionalFields('additionalFields', [connectionSettingsField, idSyncConfigurationField]),
		routing: { send: { preSend: [connectionBody('additionalFields', false)] } },
	},
];

const displayOptions = { show: { resource: ['activation'], operation: ['addDestination'] } };

export const description = updateDisplayOptions(displayOptions, properties);
