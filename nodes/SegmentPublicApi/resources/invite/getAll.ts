import {
	updateDisplayOptions,
	type IDataObject,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many invites',
	description: 'List the pending invites of the workspace',
	routing: segmentRouting({
		method: 'GET',
		path: '/invites',
		root: 'invites',
		list: true,
		toRecord: (email): IDataObject => ({ email: String(email) }),
	}),
};

const properties: INodeProperties[] = returnAllAndLimit();

const displayOptions = { show: { resource: ['invite'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
