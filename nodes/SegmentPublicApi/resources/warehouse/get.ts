import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyWarehouse } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a warehouse',
	description: 'Get a warehouse by ID',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}',
		root: 'warehouse',
		simplify: simplifyWarehouse,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
