import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a regulation',
	description: 'Get the status of a regulation, with the status of each destination',
	routing: segmentRouting({
		method: 'GET',
		path: '/regulations/{regulateId}',
		root: 'regulation',
	}),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Regulation ID',
		name: 'regulateId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2CQbEVkk9uqx4qbLNkWhMxH6cmg',
		description: 'The ID a Create operation returned as "regulateId"',
	},
];

const displayOptions = { show: { resource: ['regulation'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
