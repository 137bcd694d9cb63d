import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { destinationField } from './fields';

const show = { resource: ['destinationFilter'], operation: ['getAll'] };

export const destinationFilterGetAllDescription: INodeProperties[] = [
	destinationField(show, 'The destination whose filters to list'),
	...returnAllAndLimit(show),
];
