import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	catalogTypeField,
	enabledField,
	jsonBodyField,
	nameField,
	optionalFields,
	resourceLocatorInBody,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyDestination } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a destination',
	description: 'Create a destination connected to a source',
	routing: segmentRouting({
		method: 'POST',
		path: '/destinations',
		root: 'destination',
		simplify: simplifyDestination,
	}),
};

const properties: INodeProperties[] = [
	resourceLocatorInBody('sourceId', 'The source that sends data to the new destination'),
	{
		...catalogTypeField('Destination', 'getDestinationCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'Settings of the new destination as a JSON object, for example {"apiKey": "…"}. The keys a type takes are the "options" of its catalog entry: run Catalog > Get for the destination type to see them.',
		{ required: true },
	),
	optionalFields('additionalFields', [
		enabledField('Whether the destination receives data as soon as it is created'),
		nameField('The name shown for the destination in the Segment app'),
	]),
];

const displayOptions = { show: { resource: ['destination'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
