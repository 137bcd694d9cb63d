import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/legacyFields';
import {
	eventNameField,
	listOptions,
	sampleOptions,
	searchOption,
	sortByNameOrLastSeen,
} from './fields';

const show = { resource: ['spaceSchema'], operation: ['getEventProperties'] };

export const spaceSchemaGetEventPropertiesDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the event'),
	eventNameField(show, 'The event whose properties to list, as Get Events names it'),
	...returnAllAndLimit(show),
	listOptions(show, [
		...sampleOptions,
		searchOption('Return only properties whose name contains this text'),
		...sortByNameOrLastSeen,
	]),
];
