import type { INodeProperties } from 'n8n-workflow';
import { nameField } from '../../shared/descriptions';

const show = { resource: ['userGroup'], operation: ['create'] };

export const userGroupCreateDescription: INodeProperties[] = [
	{
		...nameField('The name of the new user group'),
		required: true,
		placeholder: 'e.g. Analysts',
		displayOptions: { show },
	},
];
