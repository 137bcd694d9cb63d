import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting, type OperationSpec } from '../../shared/routing';
import { spaceSchemaGetEntityPathsDescription } from './getEntityPaths';
import { spaceSchemaGetEntityPropertiesDescription } from './getEntityProperties';
import { spaceSchemaGetEntityPropertySamplesDescription } from './getEntityPropertySamples';
import { spaceSchemaGetEventPropertiesDescription } from './getEventProperties';
import { spaceSchemaGetEventPropertySamplesDescription } from './getEventPropertySamples';
import { spaceSchemaGetEventsDescription } from './getEvents';
import { spaceSchemaGetTraitsDescription } from './getTraits';
import { spaceSchemaGetTraitSamplesDescription } from './getTraitSamples';

const SPACE = '/spaces/{spaceId}';
/** The space schema lists default to pages of 200; larger pages are not documented. */
const MAX_PAGE_SIZE = 200;

/** A list of the space schema, followed with Return All / Limit. */
const list = (path: string, root: string): OperationSpec => ({
	method: 'GET',
	path: `${SPACE}${path}`,
	root,
	list: true,
	version: 'v1alpha',
	maxPageSize: MAX_PAGE_SIZE,
});

/** Sample values come whole as `sampleValues`, one item holding them. */
const samples = (path: string): OperationSpec => ({
	method: 'GET',
	path: `${SPACE}${path}`,
	version: 'v1alpha',
});

export const spaceSchemaDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['spaceSchema'] } },
		options: [
			{
				name: 'Get Entity Paths',
				value: 'getEntityPaths',
				action: 'Get the entity paths of a space',
				description:
					'List the entities of the data graph and the relationship paths that reach them',
				routing: segmentRouting(list('/entity-paths', 'entityPaths')),
			},
			{
				name: 'Get Entity Properties',
				value: 'getEntityProperties',
				action: 'Get the properties of an entity',
				description: 'List the properties (columns) of an entity, with their data types',
				routing: segmentRouting(list('/entities/{entitySlug}/properties', 'entityProperties')),
			},
			{
				name: 'Get Entity Property Samples',
				value: 'getEntityPropertySamples',
				action: 'Get sample values of an entity property',
				description: 'Get the most common values of an entity property, up to 1,000',
				routing: segmentRouting(
					samples('/entities/{entitySlug}/properties/{propertyName}/sample-values'),
				),
			},
			{
				name: 'Get Event Properties',
				value: 'getEventProperties',
				action: 'Get the properties of an event',
				description: 'List the properties and context fields an event has been seen with',
				routing: segmentRouting(list('/events/{eventName}/properties', 'eventProperties')),
			},
			{
				name: 'Get Event Property Samples',
				value: 'getEventPropertySamples',
				action: 'Get sample values of an event property',
				description: 'Get sample values of a property of an event, up to 1,000',
				routing: segmentRouting(
					samples('/events/{eventName}/properties/{propertyName}/sample-values'),
				),
			},
			{
				name: 'Get Events',
				value: 'getEvents',
				action: 'Get the events of a space',
				description:
					'List the events the space has seen, with their type and when they were last seen',
				routing: segmentRouting(list('/events', 'events')),
			},
			{
				name: 'Get Trait Samples',
				value: 'getTraitSamples',
				action: 'Get sample values of a trait',
				description: 'Get the most common values of a trait, up to 1,000',
				routing: segmentRouting(samples('/traits/{traitKey}/sample-values')),
			},
			{
				name: 'Get Traits',
				value: 'getTraits',
				action: 'Get the traits of a space',
				description: 'List the traits of the profiles (or accounts) of a space',
				routing: segmentRouting(list('/traits', 'traits')),
			},
		],
		default: 'getEvents',
	},
	...spaceSchemaGetEntityPathsDescription,
	...spaceSchemaGetEntityPropertiesDescription,
	...spaceSchemaGetEntityPropertySamplesDescription,
	...spaceSchemaGetEventPropertiesDescription,
	...spaceSchemaGetEventPropertySamplesDescription,
	...spaceSchemaGetEventsDescription,
	...spaceSchemaGetTraitsDescription,
	...spaceSchemaGetTraitSamplesDescription,
];
