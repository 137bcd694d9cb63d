import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Live Plugin',
	value: 'getLivePlugin',
	action: 'Get the live plugin of a source',
	description: 'Get the latest Live Plugin of a source: version, code and download URL (alpha API)',
	routing: segmentRouting({
		method: 'GET',
		path: '/sources/{sourceId}/live-plugins/latest',
		root: 'livePlugin',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose latest Live Plugin to get'),
];

const displayOptions = { show: { resource: ['source'], operation: ['getLivePlugin'] } };

export const description = updateDisplayOptions(displayOptions, properties);
