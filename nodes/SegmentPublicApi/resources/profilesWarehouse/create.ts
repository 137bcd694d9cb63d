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
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { PROFILES_WAREHOUSES, schemaNameField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a profiles sync warehouse',
	description: "Connect a warehouse that receives an Engage space's profiles (alpha API)",
	routing: segmentRouting({
		method: 'POST',
		path: PROFILES_WAREHOUSES,
		root: 'profilesWarehouse',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space whose profiles sync into the warehouse'),
	{
		...catalogTypeField('Warehouse', 'getWarehouseCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'Connection settings of the warehouse as a JSON object, for example {"name": "Profiles", "account": "…", "database": "…", "username": "…", "password": "…"}. The warehouse type\'s catalog entry lists its options.',
		{ required: true },
	),
	optionalFields('additionalFields', [
		enabledField('Whether the warehouse receives profiles as soon as it is created'),
		nameField('A name for the warehouse'),
		schemaNameField(
			"The schema Segment writes the profile tables to; the space's slug when empty. It must not exist in the warehouse yet.",
		),
	]),
];

const displayOptions = { show: { resource: ['profilesWarehouse'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
