import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField } from '../../shared/descriptions';
import { catalogTypeField, optionalFields, resourceLocator } from '../../shared/legacyFields';
import { schemaNameField } from './fields';

const show = { resource: ['profilesWarehouse'], operation: ['create'] };

export const profilesWarehouseCreateDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space whose profiles sync into the warehouse'),
	{
		...catalogTypeField(show, 'Warehouse', 'getWarehouseCatalog'),
		routing: { send: { type: 'body', property: 'metadataId' } },
	},
	jsonBodyField(
		'settings',
		'Settings',
		'Connection settings of the warehouse as a JSON object, for example {"name": "Profiles", "account": "…", "database": "…", "username": "…", "password": "…"}. The warehouse type\'s catalog entry lists its options.',
		{ required: true, displayOptions: { show } },
	),
	optionalFields('additionalFields', show, [
		enabledField('Whether the warehouse receives profiles as soon as it is created'),
		nameField('A name for the warehouse'),
		schemaNameField(
			"The schema Segment writes the profile tables to; the space's slug when empty. It must not exist in the warehouse yet.",
		),
	]),
];
