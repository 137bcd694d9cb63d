import type { INodeProperties } from 'n8n-workflow';

export const computedTraitDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['computedTrait'] } },
		options: [],
		default: '',
	},
];
