import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Disconnect Source',
	value: 'disconnectSource',
	action: 'Disconnect a source from a warehouse',
	description: 'Stop syncing a source into a warehouse',
	routing: segmentRouting({
		method: 'DELETE',
		path: '/warehouses/{warehouseId}/connected-sources/{sourceId}',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse to stop syncing the source into'),
	resourceLocator('sourceId', 'The source to disconnect'),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['disconnectSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
