import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['userGroup'], operation: ['getInvites'] };

export const userGroupGetInvitesDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group whose pending invites to list'),
	...returnAllAndLimit(show),
];
