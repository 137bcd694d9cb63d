import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { syncOverrideFields } from '../../shared/syncOverrides';

export const option: INodePropertyOptions = {
	name: 'Update Selective Sync',
	value: 'updateSelectiveSync',
	action: 'Update the selective sync of a warehouse',
	description:
		'Choose which sources, collections and properties sync into a warehouse. Segment allows 2 requests per minute to this endpoint.',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/warehouses/{warehouseId}/selective-sync',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse whose Selective Sync to change'),
	...syncOverrideFields('source', true),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['updateSelectiveSync'] } };

export const description = updateDisplayOptions(displayOptions, properties);
