import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['connectSource'] };

export const warehouseConnectSourceDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse to sync the source into'),
	resourceLocator('sourceId', show, 'The source to connect'),
];
