import type { INodeProperties } from 'n8n-workflow';

export const customerInsightsDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['customerInsights'] } },
		options: [],
		default: '',
	},
];
