import type { INodeProperties } from 'n8n-workflow';
import { apiRequestRouting } from '../../shared/routing';
import { apiRequestSendDescription } from './send';

export const apiRequestDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['apiRequest'] } },
		options: [
			{
				name: 'Send',
				value: 'send',
				action: 'Send a request to any endpoint',
				description: 'Call any endpoint of the Public API with this credential',
				routing: apiRequestRouting(),
			},
		],
		default: 'send',
	},
	...apiRequestSendDescription,
];
