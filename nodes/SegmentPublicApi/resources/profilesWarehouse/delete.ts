import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { profilesWarehouseIdField } from './fields';

const show = { resource: ['profilesWarehouse'], operation: ['delete'] };

export const profilesWarehouseDeleteDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space the warehouse belongs to'),
	profilesWarehouseIdField(show, 'The Profiles Sync warehouse to delete'),
];
