import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { listFilters, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySource } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many sources',
	description: 'List the sources of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/sources',
		root: 'sources',
		list: true,
		filtered: true,
		simplify: simplifySource,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), listFilters(false), simplify()];

const displayOptions = { show: { resource: ['source'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
