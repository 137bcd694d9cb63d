import type { INodeProperties } from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/descriptions';

const show = { resource: ['warehouse'], operation: ['getAll'] };

export const warehouseGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	listFilters(show, false),
	simplify(show),
];
