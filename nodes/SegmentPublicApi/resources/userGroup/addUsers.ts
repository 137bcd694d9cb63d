import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { emailsBody } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Users',
	value: 'addUsers',
	action: 'Add users to a user group',
	description: 'Add people to a user group by email; those not yet in the workspace are invited',
	routing: segmentRouting({
		method: 'POST',
		path: '/groups/{userGroupId}/users',
		root: 'userGroup',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group to add people to'),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The email addresses to add, separated by commas or new lines; people not in the workspace yet are invited',
		routing: { send: { preSend: [emailsBody] } },
	},
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['addUsers'] } };

export const description = updateDisplayOptions(displayOptions, properties);
