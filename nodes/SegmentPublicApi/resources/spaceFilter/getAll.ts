import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/legacyFields';
import { spaceField } from './fields';

const show = { resource: ['spaceFilter'], operation: ['getAll'] };

export const spaceFilterGetAllDescription: INodeProperties[] = [
	spaceField(show, 'The space whose filters to list', 'query'),
	...returnAllAndLimit(show),
	simplify(show),
];
