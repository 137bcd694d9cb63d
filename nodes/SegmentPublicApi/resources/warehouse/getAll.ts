import type { INodeProperties } from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getAll'] };

export const warehouseGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	listFilters(show, false),
	simplify(show),
];
