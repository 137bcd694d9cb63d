import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['disconnectSource'] };

export const warehouseDisconnectSourceDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse to stop syncing the source into'),
	resourceLocator('sourceId', show, 'The source to disconnect'),
];
