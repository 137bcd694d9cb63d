import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField } from '../../shared/descriptions';
import { catalogTypeField, optionalFields, resourceLocatorInBody } from '../../shared/legacyFields';

const show = { resource: ['destination'], operation: ['create'] };

export const destinationCreateDescription: INodeProperties[] = [
	resourceLocatorInBody('sourceId', show, 'The source that sends data to the new destination'),
	{
		...catalogTypeField(show, 'Destination', 'getDestinationCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'Settings of the new destination as a JSON object, for example {"apiKey": "…"}. The keys a type takes are the "options" of its catalog entry: run Catalog > Get for the destination type to see them.',
		{ required: true, displayOptions: { show } },
	),
	optionalFields('additionalFields', show, [
		enabledField('Whether the destination receives data as soon as it is created'),
		nameField('The name shown for the destination in the Segment app'),
	]),
];
