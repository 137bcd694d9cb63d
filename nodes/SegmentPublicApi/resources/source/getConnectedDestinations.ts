import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['getConnectedDestinations'] };

export const sourceGetConnectedDestinationsDescription: INodeProperties[] = [
	resourceLocator('sourceId', show, 'The source whose destinations to list'),
	...returnAllAndLimit(show),
	simplify(show),
];
