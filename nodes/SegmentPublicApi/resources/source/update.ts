import type { INodeProperties } from 'n8n-workflow';
import { jsonBodyField, resourceLocator } from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['update'] };

export const sourceUpdateDescription: INodeProperties[] = [
	resourceLocator('sourceId', show, 'The source to update'),
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
				description: 'Whether the source accepts data',
				routing: { send: { type: 'body', property: 'enabled' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'The name shown for the source in the Segment app',
				routing: { send: { type: 'body', property: 'name' } },
			},
			jsonBodyField(
				'settings',
				'Settings',
				'Settings to set on the source, as a JSON object',
			),
			{
				displayName: 'Slug',
				name: 'slug',
				type: 'string',
				default: '',
				description: 'The slug that identifies the source in the Segment app and its URLs',
				routing: { send: { type: 'body', property: 'slug' } },
			},
		],
	},
];
