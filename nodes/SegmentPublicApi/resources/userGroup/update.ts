import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { nameField, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Rename a user group',
	description: 'Change the name of a user group',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/groups/{userGroupId}',
		root: 'userGroup',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group to rename'),
	{ ...nameField('The new name of the user group'), required: true },
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
