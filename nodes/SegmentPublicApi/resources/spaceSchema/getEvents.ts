import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { listOperation, listOptions, searchOption, sortByNameOrLastSeen } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Events',
	value: 'getEvents',
	action: 'Get the events of a space',
	description: 'List the events the space has seen, with their type and when they were last seen',
	routing: segmentRouting(listOperation('/events', 'events')),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space whose events to list'),
	...returnAllAndLimit(),
	listOptions([
		searchOption('Return only events whose name contains this text'),
		...sortByNameOrLastSeen,
	]),
];

const displayOptions = { show: { resource: ['spaceSchema'], operation: ['getEvents'] } };

export const description = updateDisplayOptions(displayOptions, properties);
