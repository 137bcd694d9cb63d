import type { INodeProperties } from 'n8n-workflow';
import { nameField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['userGroup'], operation: ['update'] };

export const userGroupUpdateDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group to rename'),
	{ ...nameField('The new name of the user group'), required: true, displayOptions: { show } },
];
