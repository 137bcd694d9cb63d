import type { INodeProperties } from 'n8n-workflow';

export const deliveryOverviewDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['deliveryOverview'] } },
		options: [],
		default: '',
	},
];
