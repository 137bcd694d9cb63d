import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { labelsField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Replace Labels',
	value: 'replaceLabels',
	action: 'Replace the labels of a source',
	description: 'Set the labels of a source to exactly the ones given',
	routing: segmentRouting({ method: 'PUT', path: '/sources/{sourceId}/labels' }),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose labels to replace'),
	labelsField,
];

const displayOptions = { show: { resource: ['source'], operation: ['replaceLabels'] } };

export const description = updateDisplayOptions(displayOptions, properties);
