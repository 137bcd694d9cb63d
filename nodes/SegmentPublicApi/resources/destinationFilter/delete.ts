import type { INodeProperties } from 'n8n-workflow';
import { destinationField, filterIdField } from './fields';

const show = { resource: ['destinationFilter'], operation: ['delete'] };

export const destinationFilterDeleteDescription: INodeProperties[] = [
	destinationField(show, 'The destination the filter belongs to'),
	filterIdField(show, 'The ID of the filter to delete, as listed by Get Many'),
];
