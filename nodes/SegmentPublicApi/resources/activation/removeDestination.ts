import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';
import { audienceIdField } from './fields';

const show = { resource: ['activation'], operation: ['removeDestination'] };

export const activationRemoveDestinationDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience to disconnect the destination from'),
	resourceLocator(
		'destinationId',
		show,
		'The destination to disconnect; remove its activations first, or Segment refuses',
	),
];
