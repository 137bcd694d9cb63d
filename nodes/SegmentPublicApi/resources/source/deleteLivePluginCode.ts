import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete Live Plugin Code',
	value: 'deleteLivePluginCode',
	action: 'Delete the live plugin code of a source',
	description:
		'Remove the Live Plugin code of a source; Live Plugins stay enabled for it (alpha API)',
	routing: segmentRouting({
		method: 'DELETE',
		path: '/sources/{sourceId}/live-plugins/delete-code',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator(
		'sourceId',
		'The source whose Live Plugin code to remove. Live Plugins stay enabled for it.',
	),
];

const displayOptions = { show: { resource: ['source'], operation: ['deleteLivePluginCode'] } };

export const description = updateDisplayOptions(displayOptions, properties);
