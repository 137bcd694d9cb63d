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
	action: 'Get many spaces',
	description: 'List the Engage spaces of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/spaces',
		root: 'spaces',
		list: true,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit()];

const displayOptions = { show: { resource: ['space'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
