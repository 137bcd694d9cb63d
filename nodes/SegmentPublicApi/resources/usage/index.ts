import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { usageGetDescription } from './get';

export const usageDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['usage'] } },
		options: [
			{
				name: 'Get Daily API Calls',
				value: 'getDailyApiCalls',
				action: 'Get daily API calls',
				description: 'Get the cumulative API calls of the workspace for each day of a usage month',
				routing: segmentRouting({
					method: 'GET',
					path: '/usage/api-calls/daily',
					root: 'dailyWorkspaceAPICallsUsage',
					list: true,
				}),
			},
			{
				name: 'Get Daily API Calls per Source',
				value: 'getDailyApiCallsPerSource',
				action: 'Get daily API calls per source',
				description: 'Get the cumulative API calls of each source for each day of a usage month',
				routing: segmentRouting({
					method: 'GET',
					path: '/usage/api-calls/sources/daily',
					root: 'dailyPerSourceAPICallsUsage',
					list: true,
				}),
			},
			{
				name: 'Get Daily MTUs',
				value: 'getDailyMtus',
				action: 'Get daily MTU counts',
				description:
					'Get the cumulative monthly tracked users of the workspace for each day of a usage month',
				routing: segmentRouting({
					method: 'GET',
					path: '/usage/mtu/daily',
					root: 'dailyWorkspaceMTUUsage',
					list: true,
				}),
			},
			{
				name: 'Get Daily MTUs per Source',
				value: 'getDailyMtusPerSource',
				action: 'Get daily MTU counts per source',
				description:
					'Get the cumulative monthly tracked users of each source for each day of a usage month',
				routing: segmentRouting({
					method: 'GET',
					path: '/usage/mtu/sources/daily',
					root: 'dailyPerSourceMTUUsage',
					list: true,
				}),
			},
		],
		default: 'getDailyMtus',
	},
	...usageGetDescription,
];
