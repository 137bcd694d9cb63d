import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { idListQuery, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Remove Users',
	value: 'removeUsers',
	action: 'Remove users from a user group',
	description: 'Remove members or pending invites from a user group, by email',
	// Segment's path for removing and replacing members is singular: /group/, not /groups/.
	routing: segmentRouting({ method: 'DELETE', path: '/group/{userGroupId}/users' }),
};

const properties: INodeProperties[] = [
	resourceLocator('userGroupId', 'The user group to remove people from'),
	{
		displayName: 'Emails',
		name: 'emails',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. ada@example.com, grace@example.com',
		description:
			'The email addresses of the members (or pending invites) to remove, separated by commas or new lines',
		routing: { send: { preSend: [idListQuery('emails', 'emails', 'Emails')] } },
	},
];

const displayOptions = { show: { resource: ['userGroup'], operation: ['removeUsers'] } };

export const description = updateDisplayOptions(displayOptions, properties);
