import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { permissionFields, permissionsBody } from '../../shared/permissions';

/** The fields of Add Permissions and Replace Permissions. */
export function userPermissionsDescription(
	operation: 'addPermissions' | 'replacePermissions',
): INodeProperties[] {
	const show = { resource: ['user'], operation: [operation] };
	return [
		resourceLocator('userId', show, 'The user whose permissions to change'),
		...permissionFields(show, 'the user', { send: { preSend: [permissionsBody] } }),
	];
}
