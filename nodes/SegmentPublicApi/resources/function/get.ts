import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['get'] };

export const functionGetDescription: INodeProperties[] = [
	resourceLocator('functionId', show, 'The function to get'),
	simplify(show),
];
