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
				name: 'Send Request',
				value: 'send',
				action: 'Send a request to any endpoint',
				description:
					"Call any Public API endpoint with this node's cursor pagination, retries, rate limiting, versioned media types and error messages. n8n's Custom API Call sends one plain request without them.",
				routing: apiRequestRouting(),
			},
		],
		default: 'send',
	},
	...apiRequestSendDescription,
];
