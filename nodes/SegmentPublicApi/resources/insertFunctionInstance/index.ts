import type { INodeProperties } from 'n8n-workflow';

export const insertFunctionInstanceDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['insertFunctionInstance'] } },
		options: [],
		default: '',
	},
];
