import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['user'], operation: ['getGroups'] };

export const userGetGroupsDescription: INodeProperties[] = [
	resourceLocator('userId', show, 'The user whose groups to list'),
	...returnAllAndLimit(show),
];
