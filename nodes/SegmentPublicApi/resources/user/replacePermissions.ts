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
	action: 'Replace the permissions of a user',
	description: 'Set the permissions of a user to exactly the ones given',
	routing: segmentRouting({ method: 'PUT', path: '/users/{userId}/permissions' }),
};

const properties: INodeProperties[] = [
	resourceLocator('userId', 'The user whose permissions to change'),
	...permissionFields('the user', { send: { preSend: [permissionsBody] } }),
];

const displayOptions = { show: { resource: ['user'], operation: ['replacePermissions'] } };

export const description = updateDisplayOptions(displayOptions, properties);
