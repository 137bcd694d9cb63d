import type { INodeProperties } from 'n8n-workflow';
import { destinationField, filterIdField } from './fields';

const show = { resource: ['destinationFilter'], operation: ['get'] };

export const destinationFilterGetDescription: INodeProperties[] = [
	destinationField(show, 'The destination the filter belongs to'),
	filterIdField(show, 'The ID of the filter to get, as listed by Get Many'),
];
