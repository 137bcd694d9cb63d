import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySource } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get Connected Sources',
	value: 'getConnectedSources',
	action: 'Get sources connected to a warehouse',
	description: 'List the sources that sync into a warehouse',
	routing: segmentRouting({
		method: 'GET',
		path: '/warehouses/{warehouseId}/connected-sources',
		root: 'sources',
		list: true,
		simplify: simplifySource,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('warehouseId', 'The warehouse whose sources to list'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['warehouse'], operation: ['getConnectedSources'] } };

export const description = updateDisplayOptions(displayOptions, properties);
