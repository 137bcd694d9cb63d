import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { PROFILES_WAREHOUSES, simplifyProfilesWarehouse } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many profiles sync warehouses',
	description: 'List the warehouses that receive the profiles of a space (alpha API)',
	routing: segmentRouting({
		method: 'GET',
		path: PROFILES_WAREHOUSES,
		root: 'profilesWarehouses',
		list: true,
		simplify: simplifyProfilesWarehouse,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space whose Profiles Sync warehouses to list'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['profilesWarehouse'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
