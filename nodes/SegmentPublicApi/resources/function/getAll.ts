import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { functionTypeField } from './fields';
import { simplifyFunction } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many functions',
	description: 'List the functions of one type',
	routing: segmentRouting({
		method: 'GET',
		path: '/functions',
		root: 'functions',
		list: true,
		simplify: simplifyFunction,
	}),
};

const properties: INodeProperties[] = [
	{
		...functionTypeField('Which kind of functions to list; Segment lists one kind at a time'),
		routing: { send: { type: 'query', property: 'resourceType' } },
	},
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['function'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
