import type { INodeProperties } from 'n8n-workflow';
import { idListQuery } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['userGroup'], operation: ['removeUsers'] };

export const userGroupRemoveUsersDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group to remove people from'),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The email addresses of the members (or pending invites) to remove, separated by commas or new lines',
		displayOptions: { show },
		routing: { send: { preSend: [idListQuery('emails', 'emails', 'Emails')] } },
	},
];
