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
	action: 'Delete a source',
	description: 'Delete a source',
	routing: segmentRouting({ method: 'DELETE', path: '/sources/{sourceId}' }),
};

const properties: INodeProperties[] = [resourceLocator('sourceId', 'The source to delete')];

const displayOptions = { show: { resource: ['source'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
