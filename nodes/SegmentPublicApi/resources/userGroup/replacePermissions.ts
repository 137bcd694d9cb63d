import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { permissionFields, permissionsBody } from '../../shared/permissions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Replace Permissions',
	value: 'replacePermissions',
	action: 'Replace the permissions of a user group',
	description: 'Set the permissions of a user group to exactly the ones given',
	routing: segmentRouting({ method: 'PUT', path: '/groups/{userGroupId}/permissions' }),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group whose permissions to change'),
	...permissionFields('the members of the group', { send: { preSend: [permissionsBody] } }),
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['replacePermissions'] } };

export const description = updateDisplayOptions(displayOptions, properties);
