import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { segmentRouting } from '../../shared/routing';

export const roleDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['role'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many roles',
				description: 'List the roles that permissions of users, groups and invites can give',
				routing: segmentRouting({ method: 'GET', path: '/roles', root: 'roles', list: true }),
			},
		],
		default: 'getAll',
	},
	...returnAllAndLimit({ resource: ['role'], operation: ['getAll'] }),
];
