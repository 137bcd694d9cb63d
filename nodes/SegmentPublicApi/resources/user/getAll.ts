import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyUser } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many users',
	description: 'List the users of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/users',
		root: 'users',
		list: true,
		simplify: simplifyUser,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), simplify()];

const displayOptions = { show: { resource: ['user'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
