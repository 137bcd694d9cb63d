import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { versionIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Version',
	value: 'getVersion',
	action: 'Get a function version',
	description: "Get one saved version of a function's code",
	routing: segmentRouting({
		method: 'GET',
		path: '/functions/{functionId}/versions/{versionId}',
		root: 'version',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('functionId', 'The function whose version to get'),
	versionIdField('The ID of the version, as listed by Get Versions'),
];

const displayOptions = { show: { resource: ['function'], operation: ['getVersion'] } };

export const description = updateDisplayOptions(displayOptions, properties);
