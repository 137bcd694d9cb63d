import type { INodeProperties } from 'n8n-workflow';
import { simplify } from '../../shared/legacyFields';
import { filterIdField } from './fields';

const show = { resource: ['spaceFilter'], operation: ['get'] };

export const spaceFilterGetDescription: INodeProperties[] = [
	filterIdField(show, 'The ID of the space filter to get'),
	simplify(show),
];
