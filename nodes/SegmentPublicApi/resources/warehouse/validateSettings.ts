import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { catalogTypeField, jsonBodyField } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Validate Settings',
	value: 'validateSettings',
	action: 'Validate warehouse settings',
	description:
		'Check whether Segment can connect to a warehouse with the given settings, without creating it',
	routing: segmentRouting({ method: 'POST', path: '/warehouses/validation' }),
};

const properties: INodeProperties[] = [
	{
		...catalogTypeField('Warehouse', 'getWarehouseCatalog'),
		description:
			'The kind of warehouse the settings are for, from Segment\'s catalog. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'The connection settings to try, as a JSON object, for example {"hostname": "…", "port": "5432", "database": "segment", "username": "…", "password": "…"}. The warehouse type\'s catalog entry lists its options. Nothing is created.',
		{ required: true },
	),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['validateSettings'] } };

export const description = updateDisplayOptions(displayOptions, properties);
