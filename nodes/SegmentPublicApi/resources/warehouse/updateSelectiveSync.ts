import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { syncOverrideFields } from './syncOverrides';

const show = { resource: ['warehouse'], operation: ['updateSelectiveSync'] };

export const warehouseUpdateSelectiveSyncDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse whose Selective Sync to change'),
	...syncOverrideFields(show, 'source', true),
];
