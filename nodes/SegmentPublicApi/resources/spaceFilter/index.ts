import type { INodeProperties } from 'n8n-workflow';

export const spaceFilterDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['spaceFilter'] } },
		options: [],
		default: '',
	},
];
