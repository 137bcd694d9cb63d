import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField } from '../../shared/descriptions';
import { catalogTypeField, optionalFields } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['create'] };

export const warehouseCreateDescription: INodeProperties[] = [
	{
		...catalogTypeField(show, 'Warehouse', 'getWarehouseCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'Connection settings of the new warehouse as a JSON object, for example {"name": "Analytics", "hostname": "…", "port": 5432}. The warehouse type\'s catalog entry lists its options.',
		{ required: true, displayOptions: { show } },
	),
	optionalFields('additionalFields', show, [
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
