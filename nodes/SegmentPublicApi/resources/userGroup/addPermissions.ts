import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { permissionFields, permissionsBody } from '../../shared/permissions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Add Permissions',
	value: 'addPermissions',
	action: 'Add permissions to a user group',
	description: 'Grant the members of a group a role, keeping the permissions it has',
	routing: segmentRouting({ method: 'POST', path: '/groups/{userGroupId}/permissions' }),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group whose permissions to change'),
	...permissionFields('the members of the group', { send: { preSend: [permissionsBody] } }),
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['addPermissions'] } };

export const description = updateDisplayOptions(displayOptions, properties);
