import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Syncs',
	value: 'getSyncs',
	action: 'Get the syncs of a warehouse',
	description:
		'List the recent syncs of every source connected to a warehouse, with their status, duration, row count and notices. Segment allows 2 requests per minute to this endpoint.',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}/syncs',
		root: 'reports',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse whose recent syncs to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['getSyncs'] } };

export const description = updateDisplayOptions(displayOptions, properties);
