import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import { profilesWarehouseIdField, schemaNameField } from './fields';

const show = { resource: ['profilesWarehouse'], operation: ['update'] };

export const profilesWarehouseUpdateDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField(show, 'The Profiles Sync warehouse to update'),
	jsonBodyField(
		'settings',
		'Settings',
		'Settings to set on the warehouse, as a JSON object. The Public API requires this field on every update; {} sends no setting.',
		{ required: true, displayOptions: { show } },
	),
	optionalFields('updateFields', show, [
		enabledField('Whether the warehouse receives profiles'),
		nameField('A name for the warehouse'),
		schemaNameField('The schema Segment writes the profile tables to'),
	]),
];
