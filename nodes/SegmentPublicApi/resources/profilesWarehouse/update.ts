import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	enabledField,
	jsonBodyField,
	nameField,
	optionalFields,
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { PROFILES_WAREHOUSE, profilesWarehouseIdField, schemaNameField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a profiles sync warehouse',
	description:
		'Change the name, enabled state, schema or settings of a Profiles Sync warehouse (alpha API)',
	routing: segmentRouting({
		method: 'PATCH',
		path: PROFILES_WAREHOUSE,
		root: 'profilesWarehouse',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField('The Profiles Sync warehouse to update'),
	jsonBodyField(
		'settings',
		'Settings',
		'Settings to set on the warehouse, as a JSON object. The Public API requires this field on every update; {} sends no setting.',
		{ required: true },
	),
	optionalFields('updateFields', [
		enabledField('Whether the warehouse receives profiles'),
		nameField('A name for the warehouse'),
		schemaNameField('The schema Segment writes the profile tables to'),
	]),
];

const displayOptions = { show: { resource: ['profilesWarehouse'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
