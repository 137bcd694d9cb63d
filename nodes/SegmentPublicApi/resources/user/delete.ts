import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { idListQuery } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete users',
	description: 'Remove one or several users from the workspace',
	routing: segmentRouting({ method: 'DELETE', path: '/users' }),
};

const properties: INodeProperties[] = [
	{
		displayName: 'User Names or IDs',
		name: 'userIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		required: true,
		default: [],
		description:
			'The users to remove from the workspace. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		routing: { send: { preSend: [idListQuery('userIds', 'userIds', 'Users')] } },
	},
];

const displayOptions = { show: { resource: ['user'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
