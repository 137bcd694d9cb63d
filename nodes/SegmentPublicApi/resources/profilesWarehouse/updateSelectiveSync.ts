import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { syncOverrideFields } from '../../shared/syncOverrides';
import { PROFILES_WAREHOUSE, profilesWarehouseIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update Selective Sync',
	value: 'updateSelectiveSync',
	action: 'Update the selective sync of a profiles sync warehouse',
	description:
		'Choose which collections and properties of a space sync into a Profiles Sync warehouse (alpha API)',
	routing: segmentRouting({
		method: 'PATCH',
		path: `${PROFILES_WAREHOUSE}/selective-syncs`,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField('The Profiles Sync warehouse whose Selective Sync to change'),
	optionalFields('updateFields', [
		{
			displayName: 'Enable Event Tables',
			name: 'enableEventTables',
			type: 'boolean',
			default: true,
			description:
				'Whether the event tables (tracks, identifies, pages...) sync into the warehouse. Selective Sync of their collections needs them on.',
			routing: { send: { type: 'body', property: 'enableEventTables' } },
		},
	]),
	...syncOverrideFields('space', false),
];

const displayOptions = {
	show: { resource: ['profilesWarehouse'], operation: ['updateSelectiveSync'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
