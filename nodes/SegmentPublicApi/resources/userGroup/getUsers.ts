import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
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
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group whose members to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['getUsers'] } };

export const description = updateDisplayOptions(displayOptions, properties);
