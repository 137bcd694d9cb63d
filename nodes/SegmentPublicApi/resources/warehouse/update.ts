import type { INodeProperties } from 'n8n-workflow';
import { jsonBodyField, resourceLocator } from '../../shared/descriptions';

const show = { resource: ['warehouse'], operation: ['update'] };

export const warehouseUpdateDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse to update'),
	jsonBodyField(
		'settings',
		'Settings',
		'Settings to set on the warehouse, as a JSON object. The Public API requires this field on every warehouse update; {} sends no setting.',
		{ required: true, displayOptions: { show } },
	),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Enabled',
				name: 'enabled',
				type: 'boolean',
				default: true,
				description: 'Whether the warehouse receives data',
				routing: { send: { type: 'body', property: 'enabled' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'A name for the warehouse',
				routing: { send: { type: 'body', property: 'name' } },
			},
		],
	},
];
