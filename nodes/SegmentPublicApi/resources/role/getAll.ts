import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many roles',
	description: 'List the roles that permissions of users, groups and invites can give',
	routing: segmentRouting({ method: 'GET', path: '/roles', root: 'roles', list: true }),
};

const properties: INodeProperties[] = returnAllAndLimit();

const displayOptions = { show: { resource: ['role'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
