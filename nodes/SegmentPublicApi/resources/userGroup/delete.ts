import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a user group',
	description: 'Delete a user group; its members keep their own permissions',
	routing: segmentRouting({ method: 'DELETE', path: '/groups/{userGroupId}' }),
};

const properties: INodeProperties[] = [resourceLocator('userGroupId', 'The user group to delete')];

const displayOptions = { show: { resource: ['userGroup'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
