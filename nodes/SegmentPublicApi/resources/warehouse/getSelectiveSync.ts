import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Selective Sync',
	value: 'getSelectiveSync',
	action: 'Get the selective sync of a source in a warehouse',
	description:
		'List the collections of a connected source, with the properties of each and whether they sync into the warehouse. Segment allows 2 requests per minute to this endpoint.',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}/connected-sources/{sourceId}/selective-syncs',
		root: 'items',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse the source syncs into'),
	resourceLocator('sourceId', 'The connected source whose collections to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['getSelectiveSync'] } };

export const description = updateDisplayOptions(displayOptions, properties);
