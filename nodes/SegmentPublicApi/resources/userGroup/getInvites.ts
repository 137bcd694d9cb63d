import {
	updateDisplayOptions,
	type IDataObject,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Get Invites',
	value: 'getInvites',
	action: 'Get the pending invites of a user group',
	description: 'List the emails invited into a user group that have not joined yet',
	routing: segmentRouting({
		method: 'GET',
		path: '/groups/{userGroupId}/invites',
		root: 'emails',
		list: true,
		toRecord: (email): IDataObject => ({ email: String(email) }),
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group whose pending invites to list'),
	...returnAllAndLimit(),
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['getInvites'] } };

export const description = updateDisplayOptions(displayOptions, properties);
