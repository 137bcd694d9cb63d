import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyCredential, simplifyCredentialField } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many warehouse credentials',
	description: 'List the credentials of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/credentials',
		root: 'credentials',
		list: true,
		simplify: simplifyCredential,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), simplifyCredentialField()];

const displayOptions = { show: { resource: ['warehouseCredential'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
