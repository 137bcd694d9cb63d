import type { INodeProperties } from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['getAll'] };

export const sourceGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	listFilters(show, false),
	simplify(show),
];
