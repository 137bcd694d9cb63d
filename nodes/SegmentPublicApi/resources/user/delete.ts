import type { INodeProperties } from 'n8n-workflow';
import { idListQuery } from '../../shared/descriptions';

export const userDeleteDescription: INodeProperties[] = [
	{
		displayName: 'User Names or IDs',
		name: 'userIds',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getUsers' },
		required: true,
		default: [],
		description:
			'The users to remove from the workspace. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { resource: ['user'], operation: ['delete'] } },
		routing: { send: { preSend: [idListQuery('userIds', 'userIds', 'Users')] } },
	},
];
