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
import { simplifyWarehouse } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a warehouse',
	description: 'Change the name, enabled state or settings of a warehouse',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/warehouses/{warehouseId}',
		root: 'warehouse',
		simplify: simplifyWarehouse,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse to update'),
	jsonBodyField(
		'settings',
		'Settings',
		'Settings to set on the warehouse, as a JSON object. The Public API requires this field on every warehouse update; {} sends no setting.',
		{ required: true },
	),
	optionalFields('updateFields', [
		enabledField('Whether the warehouse receives data'),
		nameField('A name for the warehouse'),
	]),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
