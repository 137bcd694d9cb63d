import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { emailsBody } from './fields';

export const option: INodePropertyOptions = {
	name: 'Replace Users',
	value: 'replaceUsers',
	action: 'Replace the users of a user group',
	description:
		'Make the given emails the only members of a user group; others are removed, newcomers invited',
	// Singular /group/, as for Remove Users.
	routing: segmentRouting({
		method: 'PUT',
		path: '/group/{userGroupId}/users',
		root: 'userGroup',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group whose members to replace'),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The email addresses of everyone who should be in the group, separated by commas or new lines',
		routing: { send: { preSend: [emailsBody] } },
	},
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['replaceUsers'] } };

export const description = updateDisplayOptions(displayOptions, properties);
