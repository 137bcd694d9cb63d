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
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyWarehouse } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a warehouse',
	description: 'Create a warehouse in the workspace',
	routing: segmentRouting({
		method: 'POST',
		path: '/warehouses',
		root: 'warehouse',
		simplify: simplifyWarehouse,
	}),
};

const properties: INodeProperties[] = [
	{
		...catalogTypeField('Warehouse', 'getWarehouseCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'Connection settings of the new warehouse as a JSON object, for example {"name": "Analytics", "hostname": "…", "port": 5432}. The warehouse type\'s catalog entry lists its options.',
		{ required: true },
	),
	optionalFields('additionalFields', [
		{
			displayName: 'Disconnect All Sources',
			name: 'disconnectAllSources',
			type: 'boolean',
			default: false,
			description:
				'Whether to keep the existing sources from syncing into the new warehouse, which Segment otherwise does automatically',
			routing: { send: { type: 'body', property: 'disconnectAllSources' } },
		},
		enabledField('Whether the warehouse receives data as soon as it is created'),
		nameField('A name for the warehouse'),
	]),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
