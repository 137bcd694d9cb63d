import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySource } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a source',
	description: 'Get a source by ID',
	routing: segmentRouting({
		method: 'GET',
		path: '/sources/{sourceId}',
		root: 'source',
		simplify: simplifySource,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source to get'),
	simplify(),
];

const displayOptions = { show: { resource: ['source'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
