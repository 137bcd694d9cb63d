import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { destinationField, FILTER_PATH, filterIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a destination filter',
	description: 'Delete a filter of a destination',
	routing: segmentRouting({ method: 'DELETE', path: FILTER_PATH }),
};

const properties: INodeProperties[] = [
	destinationField('The destination the filter belongs to'),
	filterIdField('The ID of the filter to delete, as listed by Get Many'),
];

const displayOptions = { show: { resource: ['destinationFilter'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
