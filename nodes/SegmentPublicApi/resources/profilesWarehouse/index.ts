import type { INodeProperties } from 'n8n-workflow';

export const profilesWarehouseDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['profilesWarehouse'] } },
		options: [],
		default: '',
	},
];
