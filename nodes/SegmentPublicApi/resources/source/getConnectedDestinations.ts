import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyDestination } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Get Connected Destinations',
	value: 'getConnectedDestinations',
	action: 'Get destinations connected to a source',
	description: 'List the destinations that receive data from a source',
	routing: segmentRouting({
		method: 'GET',
		path: '/sources/{sourceId}/connected-destinations',
		root: 'destinations',
		list: true,
		simplify: simplifyDestination,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose destinations to list'),
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['source'], operation: ['getConnectedDestinations'] } };

export const description = updateDisplayOptions(displayOptions, properties);
