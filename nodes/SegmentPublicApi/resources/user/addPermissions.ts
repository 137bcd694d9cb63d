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
	action: 'Add permissions to a user',
	description: 'Grant a user a role, on the workspace or on given resources, keeping the others',
	routing: segmentRouting({ method: 'POST', path: '/users/{userId}/permissions' }),
};

const properties: INodeProperties[] = [
	resourceLocator('userId', 'The user whose permissions to change'),
	...permissionFields('the user', { send: { preSend: [permissionsBody] } }),
];

const displayOptions = { show: { resource: ['user'], operation: ['addPermissions'] } };

export const description = updateDisplayOptions(displayOptions, properties);
