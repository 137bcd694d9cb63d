import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { inviteCreateDescription } from './create';
import { inviteDeleteDescription } from './delete';
import { inviteGetAllDescription } from './getAll';

export const inviteDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['invite'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Invite users',
				description: 'Invite people to the workspace by email, with a role',
				routing: segmentRouting({ method: 'POST', path: '/invites' }),
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete invites',
				description: 'Withdraw pending invites',
				routing: segmentRouting({ method: 'DELETE', path: '/invites' }),
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many invites',
				description: 'List the pending invites of the workspace',
				routing: segmentRouting({
					method: 'GET',
					path: '/invites',
					root: 'invites',
					list: true,
					toRecord: (email): IDataObject => ({ email: String(email) }),
				}),
			},
		],
		default: 'getAll',
	},
	...inviteCreateDescription,
	...inviteDeleteDescription,
	...inviteGetAllDescription,
];
