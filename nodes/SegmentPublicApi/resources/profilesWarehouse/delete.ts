import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { PROFILES_WAREHOUSE, profilesWarehouseIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a profiles sync warehouse',
	description: "Stop syncing a space's profiles into a warehouse (alpha API)",
	routing: segmentRouting({ method: 'DELETE', path: PROFILES_WAREHOUSE, version: 'v1alpha' }),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField('The Profiles Sync warehouse to delete'),
];

const displayOptions = { show: { resource: ['profilesWarehouse'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
