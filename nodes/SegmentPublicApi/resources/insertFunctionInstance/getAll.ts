import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { functionField, INSTANCES_PATH } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many insert function instances',
	description: 'List the instances of an insert function',
	routing: segmentRouting({
		method: 'GET',
		path: INSTANCES_PATH,
		root: 'instances',
		list: true,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	functionField('The insert function whose instances to list', 'query'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['insertFunctionInstance'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
