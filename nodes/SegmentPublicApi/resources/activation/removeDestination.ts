import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { audienceIdField, CONNECTIONS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Destination',
	value: 'removeDestination',
	action: 'Remove a destination from an audience',
	description: 'Disconnect a destination that has no activations left from an audience',
	routing: segmentRouting({
		method: 'DELETE',
		path: `${CONNECTIONS}/{destinationId}`,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience to disconnect the destination from'),
	resourceLocator(
		'destinationId',
		'The destination to disconnect; remove its activations first, or Segment refuses',
	),
];

const displayOptions = { show: { resource: ['activation'], operation: ['removeDestination'] } };

export const description = updateDisplayOptions(displayOptions, properties);
