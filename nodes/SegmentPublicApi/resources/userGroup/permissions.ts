import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { permissionFields, permissionsBody } from '../../shared/permissions';

/** The fields of Add Permissions and Replace Permissions. */
export function userGroupPermissionsDescription(
	operation: 'addPermissions' | 'replacePermissions',
): INodeProperties[] {
	const show = { resource: ['userGroup'], operation: [operation] };
	return [
		resourceLocator('userGroupId', show, 'The user group whose permissions to change'),
		...permissionFields(show, 'the members of the group', {
			send: { preSend: [permissionsBody] },
		}),
	];
}
