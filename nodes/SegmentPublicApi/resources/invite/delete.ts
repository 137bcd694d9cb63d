import type { INodeProperties } from 'n8n-workflow';
import { idListQuery } from '../../shared/descriptions';

export const inviteDeleteDescription: INodeProperties[] = [
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The invited email addresses whose invites to withdraw, separated by commas or new lines',
		displayOptions: { show: { resource: ['invite'], operation: ['delete'] } },
		routing: { send: { preSend: [idListQuery('emails', 'emails', 'Emails')] } },
	},
];
