import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['userGroup'], operation: ['delete'] };

export const userGroupDeleteDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group to delete'),
];
