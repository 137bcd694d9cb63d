import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a transformation',
	description: 'Delete a transformation',
	routing: segmentRouting({ method: 'DELETE', path: '/transformations/{transformationId}' }),
};

const properties: INodeProperties[] = [
	resourceLocator('transformationId', 'The transformation to delete'),
];

const displayOptions = { show: { resource: ['transformation'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
