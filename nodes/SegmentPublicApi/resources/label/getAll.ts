import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many labels',
	description: 'List the labels of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/labels',
		root: 'labels',
		list: true,
		unpaginated: true,
	}),
};

const properties: INodeProperties[] = returnAllAndLimit();

const displayOptions = { show: { resource: ['label'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
