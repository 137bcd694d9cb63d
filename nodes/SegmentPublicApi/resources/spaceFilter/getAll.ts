import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { SPACE_FILTER_PAGE_SIZE, simplifySpaceFilter, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many space filters',
	description: 'List the filters of a space (Segment sends at most 10 per page)',
	routing: segmentRouting({
		method: 'GET',
		path: '/filters',
		root: 'filters',
		list: true,
		maxPageSize: SPACE_FILTER_PAGE_SIZE,
		version: 'v1beta',
		simplify: simplifySpaceFilter,
	}),
};

const properties: INodeProperties[] = [
	spaceField('The space whose filters to list', 'query'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['spaceFilter'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
