import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const warehouseDeleteDescription: INodeProperties[] = [
	resourceLocator(
		'warehouseId',
		{ resource: ['warehouse'], operation: ['delete'] },
		'The warehouse to delete',
	),
];
