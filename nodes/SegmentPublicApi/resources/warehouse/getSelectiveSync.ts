import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getSelectiveSync'] };

export const warehouseGetSelectiveSyncDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse the source syncs into'),
	resourceLocator('sourceId', show, 'The connected source whose collections to list'),
	...returnAllAndLimit(show),
];
