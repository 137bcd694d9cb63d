import type { INodeProperties } from 'n8n-workflow';

export const destinationFilterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['destinationFilter'] } },
		options: [],
		default: '',
	},
];
