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
	action: 'Delete a function',
	description: 'Delete a function',
	routing: segmentRouting({ method: 'DELETE', path: '/functions/{functionId}' }),
};

const properties: INodeProperties[] = [resourceLocator('functionId', 'The function to delete')];

const displayOptions = { show: { resource: ['function'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
