import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyUser } from '../../shared/utils';
import { userDeleteDescription } from './delete';
import { userGetDescription } from './get';
import { userGetAllDescription } from './getAll';
import { userGetGroupsDescription } from './getGroups';
import { userPermissionsDescription } from './permissions';

export const userDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['user'] } },
		options: [
			{
				name: 'Add Permissions',
				value: 'addPermissions',
				action: 'Add permissions to a user',
				description:
					'Grant a user a role, on the workspace or on given resources, keeping the others',
				routing: segmentRouting({ method: 'POST', path: '/users/{userId}/permissions' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete users',
				description: 'Remove one or several users from the workspace',
				routing: segmentRouting({ method: 'DELETE', path: '/users' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user',
				description: 'Get a user of the workspace with their permissions',
				routing: segmentRouting({
					method: 'GET',
					path: '/users/{userId}',
					root: 'user',
					simplify: simplifyUser,
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many users',
				description: 'List the users of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/users',
					root: 'users',
					list: true,
					simplify: simplifyUser,
				}),
			},
			{
				name: 'Get Groups',
				value: 'getGroups',
				action: 'Get the groups of a user',
				description: 'List the user groups a user belongs to',
				routing: segmentRouting({
					method: 'GET',
					path: '/users/{userId}/groups',
					root: 'groups',
					list: true,
				}),
			},
			{
				name: 'Replace Permissions',
				value: 'replacePermissions',
				action: 'Replace the permissions of a user',
				description: 'Set the permissions of a user to exactly the ones given',
				routing: segmentRouting({ method: 'PUT', path: '/users/{userId}/permissions' }),
			},
		],
		default: 'getAll',
	},
	...userDeleteDescription,
	...userGetDescription,
	...userGetAllDescription,
	...userGetGroupsDescription,
	...userPermissionsDescription('addPermissions'),
	...userPermissionsDescription('replacePermissions'),
];
