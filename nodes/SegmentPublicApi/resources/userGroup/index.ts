import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { userGroupAddUsersDescription } from './addUsers';
import { userGroupCreateDescription } from './create';
import { userGroupDeleteDescription } from './delete';
import { userGroupGetDescription } from './get';
import { userGroupGetAllDescription } from './getAll';
import { userGroupGetInvitesDescription } from './getInvites';
import { userGroupGetUsersDescription } from './getUsers';
import { userGroupRemoveUsersDescription } from './removeUsers';
import { userGroupReplaceUsersDescription } from './replaceUsers';
import { userGroupUpdateDescription } from './update';
import { userGroupPermissionsDescription } from './permissions';

export const userGroupDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['userGroup'] } },
		options: [
			{
				name: 'Add Users',
				value: 'addUsers',
				action: 'Add users to a user group',
				description:
					'Add people to a user group by email; those not yet in the workspace are invited',
				routing: segmentRouting({
					method: 'POST',
					path: '/groups/{userGroupId}/users',
					root: 'userGroup',
				}),
			},
			{
				name: 'Add Permissions',
				value: 'addPermissions',
				action: 'Add permissions to a user group',
				description: 'Grant the members of a group a role, keeping the permissions it has',
				routing: segmentRouting({ method: 'POST', path: '/groups/{userGroupId}/permissions' }),
			},
			{
				name: 'Create',
				value: 'create',
				action: 'Create a user group',
				description: 'Create a user group, to give several people the same permissions',
				routing: segmentRouting({ method: 'POST', path: '/groups', root: 'userGroup' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a user group',
				description: 'Delete a user group; its members keep their own permissions',
				routing: segmentRouting({ method: 'DELETE', path: '/groups/{userGroupId}' }),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a user group',
				description: 'Get a user group with its member count and permissions',
				routing: segmentRouting({
					method: 'GET',
					path: '/groups/{userGroupId}',
					root: 'userGroup',
				}),
			},
			{
				name: 'Get Invites',
				value: 'getInvites',
				action: 'Get the pending invites of a user group',
				description: 'List the emails invited into a user group that have not joined yet',
				routing: segmentRouting({
					method: 'GET',
					path: '/groups/{userGroupId}/invites',
					root: 'emails',
					list: true,
					toRecord: (email): IDataObject => ({ email: String(email) }),
				}),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many user groups',
				description: 'List the user groups of the workspace',
				routing: segmentRouting({ method: 'GET', path: '/groups', root: 'userGroups', list: true }),
			},
			{
				name: 'Get Users',
				value: 'getUsers',
				action: 'Get the users of a user group',
				description: 'List the members of a user group',
				routing: segmentRouting({
					method: 'GET',
					path: '/groups/{userGroupId}/users',
					root: 'users',
					list: true,
				}),
			},
			{
				name: 'Remove Users',
				value: 'removeUsers',
				action: 'Remove users from a user group',
				description: 'Remove members or pending invites from a user group, by email',
				// Segment's path for removing and replacing members is singular: /group/, not /groups/.
				routing: segmentRouting({ method: 'DELETE', path: '/group/{userGroupId}/users' }),
			},
			{
				name: 'Replace Permissions',
				value: 'replacePermissions',
				action: 'Replace the permissions of a user group',
				description: 'Set the permissions of a user group to exactly the ones given',
				routing: segmentRouting({ method: 'PUT', path: '/groups/{userGroupId}/permissions' }),
			},
			{
				name: 'Replace Users',
				value: 'replaceUsers',
				action: 'Replace the users of a user group',
				description:
					'Make the given emails the only members of a user group; others are removed, newcomers invited',
				routing: segmentRouting({
					method: 'PUT',
					path: '/group/{userGroupId}/users',
					root: 'userGroup',
				}),
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Rename a user group',
				description: 'Change the name of a user group',
				routing: segmentRouting({
					method: 'PATCH',
					path: '/groups/{userGroupId}',
					root: 'userGroup',
				}),
			},
		],
		default: 'getAll',
	},
	...userGroupAddUsersDescription,
	...userGroupCreateDescription,
	...userGroupDeleteDescription,
	...userGroupGetDescription,
	...userGroupGetAllDescription,
	...userGroupGetInvitesDescription,
	...userGroupGetUsersDescription,
	...userGroupRemoveUsersDescription,
	...userGroupReplaceUsersDescription,
	...userGroupUpdateDescription,
	...userGroupPermissionsDescription('addPermissions'),
	...userGroupPermissionsDescription('replacePermissions'),
];
