import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyUser } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a user',
	description: 'Get a user of the workspace with their permissions',
	routing: segmentRouting({
		method: 'GET',
		path: '/users/{userId}',
		root: 'user',
		simplify: simplifyUser,
	}),
};

const properties: INodeProperties[] = [resourceLocator('userId', 'The user to get'), simplify()];

const displayOptions = { show: { resource: ['user'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
