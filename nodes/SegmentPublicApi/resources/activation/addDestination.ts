import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import { resolveId } from '../../shared/routing';
import {
	audienceIdField,
	connectionBody,
	connectionSettingsField,
	idSyncConfigurationField,
} from './fields';

const show = { resource: ['activation'], operation: ['addDestination'] };

/** Puts `destination: {id, type}` into the body, the ID taken from the locator of the chosen kind. */
async function destinationBody(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const type = this.getNodeParameter('destinationType', 'destination') as string;
	const id = await resolveId.call(this, type === 'warehouse' ? 'warehouseId' : 'destinationId');
	requestOptions.body = { ...(requestOptions.body as object), destination: { id, type } };
	return requestOptions;
}

export const activationAddDestinationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience to connect the destination to'),
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
		displayOptions: { show },
		routing: { send: { preSend: [destinationBody] } },
	},
	resourceLocator(
		'destinationId',
		{ ...show, destinationType: ['destination'] },
		'The destination to connect; it must be added to the space in Engage Settings first',
	),
	resourceLocator(
		'warehouseId',
		{ ...show, destinationType: ['warehouse'] },
		'The warehouse to connect; it must be added to the space in Engage Settings first',
	),
	{
		...optionalFields('additionalFields', show, [
			connectionSettingsField,
			idSyncConfigurationField,
		]),
		routing: { send: { preSend: [connectionBody('additionalFields', false)] } },
	},
];
