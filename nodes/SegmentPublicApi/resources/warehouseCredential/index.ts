import type { INodeProperties } from 'n8n-workflow';

export const warehouseCredentialDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['warehouseCredential'] } },
		options: [],
		default: '',
	},
];
