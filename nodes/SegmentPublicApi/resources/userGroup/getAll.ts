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
	action: 'Get many user groups',
	description: 'List the user groups of the workspace',
	routing: segmentRouting({ method: 'GET', path: '/groups', root: 'userGroups', list: true }),
};

const properties: INodeProperties[] = returnAllAndLimit();

const displayOptions = { show: { resource: ['userGroup'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
