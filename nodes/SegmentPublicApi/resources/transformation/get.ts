import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/legacyFields';

const show = { resource: ['transformation'], operation: ['get'] };

export const transformationGetDescription: INodeProperties[] = [
	resourceLocator('transformationId', show, 'The transformation to get'),
	simplify(show),
];
