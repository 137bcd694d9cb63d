import type { INodeProperties } from 'n8n-workflow';

export const activationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['activation'] } },
		options: [],
		default: '',
	},
];
