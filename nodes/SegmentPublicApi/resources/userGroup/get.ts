import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['userGroup'], operation: ['get'] };

export const userGroupGetDescription: INodeProperties[] = [
	resourceLocator('userGroupId', show, 'The user group to get'),
];
