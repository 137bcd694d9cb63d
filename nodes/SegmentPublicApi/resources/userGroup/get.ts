import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a user group',
	description: 'Get a user group with its member count and permissions',
	routing: segmentRouting({
		method: 'GET',
		path: '/groups/{userGroupId}',
		root: 'userGroup',
	}),
};

const properties: INodeProperties[] = [resourceLocator('userGroupId', 'The user group to get')];

const displayOptions = { show: { resource: ['userGroup'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
