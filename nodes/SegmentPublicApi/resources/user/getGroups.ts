import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Groups',
	value: 'getGroups',
	action: 'Get the groups of a user',
	description: 'List the user groups a user belongs to',
	routing: segmentRouting({
		method: 'GET',
		path: '/users/{userId}/groups',
		root: 'groups',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('userId', 'The user whose groups to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['user'], operation: ['getGroups'] } };

export const description = updateDisplayOptions(displayOptions, properties);
