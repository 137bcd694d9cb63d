import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { listOptions, searchOption } from './fields';

const show = { resource: ['spaceSchema'], operation: ['getEntityPaths'] };

export const spaceSchemaGetEntityPathsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space whose entity paths to list'),
	...returnAllAndLimit(show),
	listOptions(show, [
		searchOption('Return only paths whose entity name or path name contains this text'),
	]),
];
