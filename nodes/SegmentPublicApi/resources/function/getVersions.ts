import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Versions',
	value: 'getVersions',
	action: 'Get versions of a function',
	description: "List the saved versions of a function's code",
	routing: segmentRouting({
		method: 'GET',
		path: '/functions/{functionId}/versions',
		root: 'versions',
		list: true,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('functionId', 'The function whose versions to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['function'], operation: ['getVersions'] } };

export const description = updateDisplayOptions(displayOptions, properties);
