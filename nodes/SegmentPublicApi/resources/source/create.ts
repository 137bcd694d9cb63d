import type { INodeProperties } from 'n8n-workflow';
import { catalogTypeField, jsonBodyField, optionalFields } from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['create'] };

export const sourceCreateDescription: INodeProperties[] = [
	{
		...catalogTypeField(show, 'Source', 'getSourceCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	{
		displayName: 'Slug',
		name: 'slug',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. my_website',
		description: 'The slug that identifies the source in the Segment app and its URLs',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'slug' } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the source accepts data as soon as it is created',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'enabled' } },
	},
	optionalFields('additionalFields', show, [
		{
			displayName: 'Disconnect All Warehouses',
			name: 'disconnectAllWarehouses',
			type: 'boolean',
			default: false,
			description:
				'Whether to keep the new source from connecting to the existing warehouses, which Segment otherwise does automatically',
			routing: { send: { type: 'body', property: 'disconnectAllWarehouses' } },
		},
		jsonBodyField(
			'settings',
			'Settings',
			'Settings of the new source as a JSON object, for example {"websiteUrl": "https://example.com"}. The keys a type takes are the "options" of its catalog entry: run Catalog > Get for the source type to see them.',
		),
	]),
];
