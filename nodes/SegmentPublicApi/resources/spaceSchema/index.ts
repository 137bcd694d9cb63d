import type { INodeProperties } from 'n8n-workflow';

export const spaceSchemaDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['spaceSchema'] } },
		options: [],
		default: '',
	},
];
