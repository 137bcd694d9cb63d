import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['profilesWarehouse'], operation: ['getAll'] };

export const profilesWarehouseGetAllDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space whose Profiles Sync warehouses to list'),
	...returnAllAndLimit(show),
	simplify(show),
];
