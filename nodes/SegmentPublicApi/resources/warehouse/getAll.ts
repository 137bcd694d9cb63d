import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyWarehouse } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many warehouses',
	description: 'List the warehouses of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses',
		root: 'warehouses',
		list: true,
		filtered: true,
		simplify: simplifyWarehouse,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), listFilters(false), simplify()];

const displayOptions = { show: { resource: ['warehouse'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
