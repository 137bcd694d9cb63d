import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getConnectionState'] };

export const warehouseGetConnectionStateDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse whose connection settings to verify'),
];
