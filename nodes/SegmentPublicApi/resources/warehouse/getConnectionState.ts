import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Connection State',
	value: 'getConnectionState',
	action: 'Get the connection state of a warehouse',
	description: 'Check whether Segment can connect to a warehouse with its settings',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}/connection-state',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse whose connection settings to verify'),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['getConnectionState'] } };

export const description = updateDisplayOptions(displayOptions, properties);
