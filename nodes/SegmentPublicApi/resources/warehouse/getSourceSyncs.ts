import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Source Syncs',
	value: 'getSourceSyncs',
	action: 'Get the syncs of a source into a warehouse',
	description:
		'List the recent syncs of one connected source into a warehouse, with their status, duration, row count and notices. Segment allows 2 requests per minute to this endpoint.',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}/connected-sources/{sourceId}/syncs',
		root: 'reports',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse the source syncs into'),
	resourceLocator('sourceId', 'The connected source whose recent syncs to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['getSourceSyncs'] } };

export const description = updateDisplayOptions(displayOptions, properties);
