import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { destinationField, FILTER_PATH, filterIdField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a destination filter',
	description: 'Get a filter of a destination by ID',
	routing: segmentRouting({ method: 'GET', path: FILTER_PATH, root: 'filter' }),
};

const properties: INodeProperties[] = [
	destinationField('The destination the filter belongs to'),
	filterIdField('The ID of the filter to get, as listed by Get Many'),
];

const displayOptions = { show: { resource: ['destinationFilter'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
