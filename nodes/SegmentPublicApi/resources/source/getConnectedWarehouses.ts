import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyWarehouse } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get Connected Warehouses',
	value: 'getConnectedWarehouses',
	action: 'Get warehouses connected to a source',
	description: 'List the warehouses that receive data from a source',
	routing: segmentRouting({
		method: 'GET',
		path: '/sources/{sourceId}/connected-warehouses',
		root: 'warehouses',
		list: true,
		simplify: simplifyWarehouse,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose warehouses to list'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['source'], operation: ['getConnectedWarehouses'] } };

export const description = updateDisplayOptions(displayOptions, properties);
