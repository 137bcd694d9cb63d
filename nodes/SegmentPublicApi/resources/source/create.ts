import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { catalogTypeField, jsonBodyField, optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySource } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a source',
	description: 'Create a source in the workspace',
	routing: segmentRouting({
		method: 'POST',
		path: '/sources',
		root: 'source',
		simplify: simplifySource,
	}),
};

const properties: INodeProperties[] = [
	{
		...catalogTypeField('Source', 'getSourceCatalog'),
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
		routing: { send: { type: 'body', property: 'slug' } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the source accepts data as soon as it is created',
		routing: { send: { type: 'body', property: 'enabled' } },
	},
	optionalFields('additionalFields', [
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

const displayOptions = { show: { resource: ['source'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
