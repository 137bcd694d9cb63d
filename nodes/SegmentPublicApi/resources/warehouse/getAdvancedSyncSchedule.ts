import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['warehouse'], operation: ['getAdvancedSyncSchedule'] };

export const warehouseGetAdvancedSyncScheduleDescription: INodeProperties[] = [
	resourceLocator('warehouseId', show, 'The warehouse whose sync schedule to get'),
];
