import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/legacyFields';

const show = { resource: ['destination'], operation: ['get'] };

export const destinationGetDescription: INodeProperties[] = [
	resourceLocator('destinationId', show, 'The destination to get'),
	simplify(show),
];
