import type { INodeProperties } from 'n8n-workflow';

const show = { resource: ['regulation'], operation: ['get'] };

export const regulationGetDescription: INodeProperties[] = [
	{
		displayName: 'Regulation ID',
		name: 'regulateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2CQbEVkk9uqx4qbLNkWhMxH6cmg',
		description: 'The ID a Create operation returned as "regulateId"',
		displayOptions: { show },
	},
];
