import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { INSTANCE_PATH, instanceIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an insert function instance',
	description: 'Get an insert function instance by ID',
	routing: segmentRouting({
		method: 'GET',
		path: INSTANCE_PATH,
		root: 'insertFunctionInstance',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	instanceIdField('The ID of the instance to get, as listed by Get Many'),
];

const displayOptions = { show: { resource: ['insertFunctionInstance'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
