import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	eventNameField,
	listOperation,
	listOptions,
	sampleOptions,
	searchOption,
	sortByNameOrLastSeen,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Event Properties',
	value: 'getEventProperties',
	action: 'Get the properties of an event',
	description: 'List the properties and context fields an event has been seen with',
	routing: segmentRouting(listOperation('/events/{eventName}/properties', 'eventProperties')),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the event'),
	eventNameField('The event whose properties to list, as Get Events names it'),
	...returnAllAndLimit(),
	listOptions([
		...sampleOptions,
		searchOption('Return only properties whose name contains this text'),
		...sortByNameOrLastSeen,
	]),
];

const displayOptions = { show: { resource: ['spaceSchema'], operation: ['getEventProperties'] } };

export const description = updateDisplayOptions(displayOptions, properties);
