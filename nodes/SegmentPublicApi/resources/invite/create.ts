import type { INodeProperties } from 'n8n-workflow';
import { invitesBody, optionalFields } from '../../shared/descriptions';

const show = { resource: ['invite'], operation: ['create'] };

export const inviteCreateDescription: INodeProperties[] = [
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description: 'The email addresses to invite, separated by commas or new lines',
		displayOptions: { show },
		routing: { send: { preSend: [invitesBody] } },
	},
	{
		displayName: 'Role Name or ID',
		name: 'roleId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getRoles' },
		required: true,
		default: '',
		description:
			'The role the invited people get on the whole workspace. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show },
	},
	optionalFields('additionalFields', show, [
		{
			displayName: 'Permissions (JSON)',
			name: 'permissions',
			type: 'json',
			default: '[]',
			description:
				"Permissions to grant instead of the role on the whole workspace, as Segment's JSON array of permissions (each a roleId and the resources it applies to)",
		},
	]),
];
