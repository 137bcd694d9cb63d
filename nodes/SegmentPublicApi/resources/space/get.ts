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
	action: 'Get a space',
	description: 'Get an Engage space by ID',
	routing: segmentRouting({
		method: 'GET',
		path: '/spaces/{spaceId}',
		root: 'space',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [resourceLocator('spaceId', 'The space to get')];

const displayOptions = { show: { resource: ['space'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
