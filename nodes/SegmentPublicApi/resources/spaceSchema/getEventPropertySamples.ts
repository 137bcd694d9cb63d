import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { textQuery } from './query';
import { eventNameField, propertyNameField } from './fields';

const show = { resource: ['spaceSchema'], operation: ['getEventPropertySamples'] };

export const spaceSchemaGetEventPropertySamplesDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the event'),
	eventNameField(show, 'The event of the property, as Get Events names it'),
	propertyNameField(
		show,
		'The property whose sample values to get, as Get Event Properties names it',
	),
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
		displayOptions: { show },
		routing: { send: { preSend: [textQuery('propertyType', 'propertyType')] } },
	},
];
