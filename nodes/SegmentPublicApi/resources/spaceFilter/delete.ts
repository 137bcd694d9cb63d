import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { FILTER, filterIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a space filter',
	description: 'Delete a space filter',
	routing: segmentRouting({ method: 'DELETE', path: FILTER, version: 'v1beta' }),
};

const properties: INodeProperties[] = [filterIdField('The ID of the space filter to delete')];

const displayOptions = { show: { resource: ['spaceFilter'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
