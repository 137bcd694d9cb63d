import type { INodeProperties } from 'n8n-workflow';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import { syncOverrideFields } from '../warehouse/syncOverrides';
import { profilesWarehouseIdField } from './fields';

const show = { resource: ['profilesWarehouse'], operation: ['updateSelectiveSync'] };

export const profilesWarehouseUpdateSelectiveSyncDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField(show, 'The Profiles Sync warehouse whose Selective Sync to change'),
	optionalFields('updateFields', show, [
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
	...syncOverrideFields(show, 'space', false),
];
