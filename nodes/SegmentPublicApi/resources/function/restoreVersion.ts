import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { versionIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Restore Version',
	value: 'restoreVersion',
	action: 'Restore a function version',
	description: "Make a saved version the function's current code",
	routing: segmentRouting({
		method: 'POST',
		path: '/functions/{functionId}/versions',
		root: 'version',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('functionId', 'The function whose version to restore'),
	{
		...versionIdField('The ID of the version to make current, as listed by Get Versions'),
		routing: { send: { type: 'body', property: 'versionId' } },
	},
];

const displayOptions = { show: { resource: ['function'], operation: ['restoreVersion'] } };

export const description = updateDisplayOptions(displayOptions, properties);
