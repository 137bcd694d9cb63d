import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['get'] };

export const warehouseGetDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse to get'),
	simplify(show),
];
