import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Advanced Sync Schedule',
	value: 'getAdvancedSyncSchedule',
	action: 'Get the advanced sync schedule of a warehouse',
	description:
		'Get the hours of the day at which a warehouse syncs, when it has an advanced schedule. Segment allows 2 requests per minute to this endpoint.',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}/advanced-sync-schedule',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse whose sync schedule to get'),
];

const displayOptions = {
	show: { resource: ['warehouse'], operation: ['getAdvancedSyncSchedule'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
