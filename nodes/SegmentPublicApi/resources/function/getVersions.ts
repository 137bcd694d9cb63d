import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['getVersions'] };

export const functionGetVersionsDescription: INodeProperties[] = [
	resourceLocator('functionId', show, 'The function whose versions to list'),
	...returnAllAndLimit(show),
];
