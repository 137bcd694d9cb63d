import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyDestination } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many destinations',
	description: 'List the destinations of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/destinations',
		root: 'destinations',
		list: true,
		filtered: true,
		simplify: simplifyDestination,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), listFilters(true), simplify()];

const displayOptions = { show: { resource: ['destination'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
