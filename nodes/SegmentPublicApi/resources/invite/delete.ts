import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { idListQuery } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete invites',
	description: 'Withdraw pending invites',
	routing: segmentRouting({ method: 'DELETE', path: '/invites' }),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The invited email addresses whose invites to withdraw, separated by commas or new lines',
		routing: { send: { preSend: [idListQuery('emails', 'emails', 'Emails')] } },
	},
];

const displayOptions = { show: { resource: ['invite'], operation: ['delete'] } };

export const description = updateDisplayOptions(displayOptions, properties);
