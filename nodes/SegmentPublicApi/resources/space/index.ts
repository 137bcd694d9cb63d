import type { INodeProperties } from 'n8n-workflow';

export const spaceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['space'] } },
		options: [],
		default: '',
	},
];
