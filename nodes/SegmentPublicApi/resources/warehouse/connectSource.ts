import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Connect Source',
	value: 'connectSource',
	action: 'Connect a source to a warehouse',
	description: 'Start syncing a source into a warehouse',
	routing: segmentRouting({
		method: 'POST',
		path: '/warehouses/{warehouseId}/connected-sources/{sourceId}',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse to sync the source into'),
	resourceLocator('sourceId', 'The source to connect'),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['connectSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
