import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator, returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { regulationFilters } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many for Source',
	value: 'getAllForSource',
	action: 'Get many regulations of a source',
	description: "List a source's regulations of the past 90 days",
	routing: segmentRouting({
		method: 'GET',
		path: '/regulations/sources/{sourceId}',
		root: 'regulations',
		list: true,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose regulations to list'),
	...returnAllAndLimit(),
	regulationFilters,
];

const displayOptions = { show: { resource: ['regulation'], operation: ['getAllForSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
