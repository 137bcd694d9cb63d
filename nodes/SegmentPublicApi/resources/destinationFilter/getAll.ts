import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { destinationField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many destination filters',
	description: 'List the filters of a destination',
	routing: segmentRouting({
		method: 'GET',
		path: '/destination/{destinationId}/filters',
		root: 'filters',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	destinationField('The destination whose filters to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['destinationFilter'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
