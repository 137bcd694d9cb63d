import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/legacyFields';

const show = { resource: ['transformation'], operation: ['getAll'] };

export const transformationGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	simplify(show),
];
