import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['update'] };

export const warehouseUpdateDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse to update'),
	jsonBodyField(
		'settings',
		'Settings',
		'Settings to set on the warehouse, as a JSON object. The Public API requires this field on every warehouse update; {} sends no setting.',
		{ required: true, displayOptions: { show } },
	),
	optionalFields('updateFields', show, [
		enabledField('Whether the warehouse receives data'),
		nameField('A name for the warehouse'),
	]),
];
