import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['userGroup'], operation: ['getUsers'] };

export const userGroupGetUsersDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group whose members to list'),
	...returnAllAndLimit(show),
];
