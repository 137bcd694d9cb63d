import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getConnectedSources'] };

export const warehouseGetConnectedSourcesDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse whose sources to list'),
	...returnAllAndLimit(show),
	simplify(show),
];
