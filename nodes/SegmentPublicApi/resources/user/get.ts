import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/legacyFields';

const show = { resource: ['user'], operation: ['get'] };

export const userGetDescription: INodeProperties[] = [
	resourceLocator('userId', show, 'The user to get'),
	simplify(show),
];
