import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['user'], operation: ['getAll'] };

export const userGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	simplify(show),
];
