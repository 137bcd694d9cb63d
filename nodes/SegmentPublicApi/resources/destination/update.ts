import type { INodeProperties } from 'n8n-workflow';
import { jsonBodyField, resourceLocator } from '../../shared/descriptions';

const show = { resource: ['destination'], operation: ['update'] };

export const destinationUpdateDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination to update'),
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
				description: 'Whether the destination receives data',
				routing: { send: { type: 'body', property: 'enabled' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The name shown for the destination in the Segment app',
				routing: { send: { type: 'body', property: 'name' } },
			},
			jsonBodyField(
				'settings',
				'Settings',
				'Settings to set on the destination, as a JSON object',
			),
		],
	},
];
