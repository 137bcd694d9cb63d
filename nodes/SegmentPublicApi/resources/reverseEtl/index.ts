import type { INodeProperties } from 'n8n-workflow';

export const reverseEtlDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reverseEtl'] } },
		options: [],
		default: '',
	},
];
