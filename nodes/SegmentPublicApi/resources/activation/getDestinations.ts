import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { audienceIdField, CONNECTIONS, MAX_PAGE_SIZE } from './fields';
import { simplifyConnection, simplifyField } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Destinations',
	value: 'getDestinations',
	action: 'Get the destinations of an audience',
	description: 'List the destinations and warehouses connected to an audience',
	routing: segmentRouting({
		method: 'GET',
		path: CONNECTIONS,
		root: 'connections',
		list: true,
		simplify: simplifyConnection,
		version: 'v1alpha',
		maxPageSize: MAX_PAGE_SIZE,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space of the audience'),
	audienceIdField('The audience whose destinations to list'),
	...returnAllAndLimit(),
	simplifyField(
		'ID, name, destination ID, type, enabled, source and ID sync configuration of each destination',
	),
];

const displayOptions = { show: { resource: ['activation'], operation: ['getDestinations'] } };

export const description = updateDisplayOptions(displayOptions, properties);
