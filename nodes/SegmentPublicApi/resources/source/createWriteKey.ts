import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Create Write Key',
	value: 'createWriteKey',
	action: 'Create a write key for a source',
	description: 'Give a source a new write key, for example to rotate keys',
	routing: segmentRouting({
		method: 'POST',
		path: '/sources/{sourceId}/writekey',
		root: 'source',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source to give a new write key'),
];

const displayOptions = { show: { resource: ['source'], operation: ['createWriteKey'] } };

export const description = updateDisplayOptions(displayOptions, properties);
