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
	action: 'Delete a destination',
	description: 'Delete a destination',
	routing: segmentRouting({ method: 'DELETE', path: '/destinations/{destinationId}' }),
};

const properties: INodeProperties[] = [
	resourceLocator('destinationId', 'The destination to delete'),
];

const displayOptions = { show: { resource: ['destination'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
