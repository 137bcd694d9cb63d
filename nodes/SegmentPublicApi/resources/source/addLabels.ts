import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { labelsField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Labels',
	value: 'addLabels',
	action: 'Add labels to a source',
	description: 'Add labels of the workspace to a source, keeping the ones it has',
	routing: segmentRouting({ method: 'POST', path: '/sources/{sourceId}/labels' }),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source to label'),
	labelsField,
];

const displayOptions = { show: { resource: ['source'], operation: ['addLabels'] } };

export const description = updateDisplayOptions(displayOptions, properties);
