import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['catalog'], operation: ['getAll'] };

export const catalogGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	simplify(show),
];
