import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import { listOptions, searchOption, sortByNameOrLastSeen } from './fields';

const show = { resource: ['spaceSchema'], operation: ['getEvents'] };

export const spaceSchemaGetEventsDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space whose events to list'),
	...returnAllAndLimit(show),
	listOptions(show, [
		searchOption('Return only events whose name contains this text'),
		...sortByNameOrLastSeen,
	]),
];
