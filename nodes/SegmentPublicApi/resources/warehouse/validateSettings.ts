import type { INodeProperties } from 'n8n-workflow';
import { jsonBodyField } from '../../shared/descriptions';
import { catalogTypeField } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['validateSettings'] };

export const warehouseValidateSettingsDescription: INodeProperties[] = [
	{
		...catalogTypeField(show, 'Warehouse', 'getWarehouseCatalog'),
		description:
			'The kind of warehouse the settings are for, from Segment\'s catalog. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'The connection settings to try, as a JSON object, for example {"hostname": "…", "port": "5432", "database": "segment", "username": "…", "password": "…"}. The warehouse type\'s catalog entry lists its options. Nothing is created.',
		{ required: true, displayOptions: { show } },
	),
];
