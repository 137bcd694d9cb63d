import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const spaceGetDescription: INodeProperties[] = [
	resourceLocator('spaceId', { resource: ['space'], operation: ['get'] }, 'The space to get'),
];
