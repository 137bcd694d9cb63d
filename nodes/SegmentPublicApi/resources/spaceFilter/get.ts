import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { FILTER, filterIdField, simplifySpaceFilter } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a space filter',
	description: 'Get a space filter by ID',
	routing: segmentRouting({
		method: 'GET',
		path: FILTER,
		root: 'filter',
		version: 'v1beta',
		simplify: simplifySpaceFilter,
	}),
};

const properties: INodeProperties[] = [
	filterIdField('The ID of the space filter to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['spaceFilter'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
