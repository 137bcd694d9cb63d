import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { eventNameField, propertyNameField, samplesOperation } from './fields';
import { textQuery } from './query';

export const option: INodePropertyOptions = {
	name: 'Get Event Property Samples',
	value: 'getEventPropertySamples',
	action: 'Get sample values of an event property',
	description: 'Get sample values of a property of an event, up to 1,000',
	routing: segmentRouting(
		samplesOperation('/events/{eventName}/properties/{propertyName}/sample-values'),
	),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the event'),
	eventNameField('The event of the property, as Get Events names it'),
	propertyNameField('The property whose sample values to get, as Get Event Properties names it'),
	{
		displayName: 'Property Type',
		name: 'propertyType',
		type: 'options',
		options: [
			{ name: 'Any', value: '' },
			{ name: 'Context', value: 'CONTEXT' },
			{ name: 'Property', value: 'PROPERTY' },
		],
		default: '',
		description:
			'Whether the name is of a property of the event or of its context, when both exist',
		routing: { send: { preSend: [textQuery('propertyType', 'propertyType')] } },
	},
];

const displayOptions = {
	show: { resource: ['spaceSchema'], operation: ['getEventPropertySamples'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
