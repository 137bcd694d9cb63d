import type { INodeProperties } from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['destination'], operation: ['getAll'] };

export const destinationGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	listFilters(show, true),
	simplify(show),
];
