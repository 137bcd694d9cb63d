import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { emailsBody } from './addUsers';

const show = { resource: ['userGroup'], operation: ['replaceUsers'] };

export const userGroupReplaceUsersDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group whose members to replace'),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The email addresses of everyone who should be in the group, separated by commas or new lines',
		displayOptions: { show },
		routing: { send: { preSend: [emailsBody] } },
	},
];
