import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyTransformation } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many transformations',
	description: 'List the transformations of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/transformations',
		root: 'transformations',
		list: true,
		simplify: simplifyTransformation,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), simplify()];

const displayOptions = { show: { resource: ['transformation'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
