import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { nameField } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a user group',
	description: 'Create a user group, to give several people the same permissions',
	routing: segmentRouting({ method: 'POST', path: '/groups', root: 'userGroup' }),
};

const properties: INodeProperties[] = [
	{ ...nameField('The name of the new user group'), required: true, placeholder: 'e.g. Analysts' },
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
