import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getSyncs'] };

export const warehouseGetSyncsDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse whose recent syncs to list'),
	...returnAllAndLimit(show),
];
