import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['getConnectedWarehouses'] };

export const sourceGetConnectedWarehousesDescription: INodeProperties[] = [
	resourceLocator('sourceId', show, 'The source whose warehouses to list'),
	...returnAllAndLimit(show),
	simplify(show),
];
