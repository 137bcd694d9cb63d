import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['get'] };

export const sourceGetDescription: INodeProperties[] = [
	resourceLocator('sourceId', show, 'The source to get'),
	simplify(show),
];
