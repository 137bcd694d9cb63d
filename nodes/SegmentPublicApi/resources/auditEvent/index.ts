import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { auditEventGetAllDescription } from './getAll';

export const auditEventDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['auditEvent'] } },
		options: [
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many audit events',
				description:
					"List the workspace's audit trail: who created, changed or deleted what, newest first",
				routing: segmentRouting({
					method: 'GET',
					path: '/audit-events',
					root: 'events',
					list: true,
				}),
			},
		],
		default: 'getAll',
	},
	...auditEventGetAllDescription,
];
