import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getSourceSyncs'] };

export const warehouseGetSourceSyncsDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse the source syncs into'),
	resourceLocator('sourceId', show, 'The connected source whose recent syncs to list'),
	...returnAllAndLimit(show),
];
