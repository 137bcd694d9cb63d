import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { regulationFilters } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many regulations',
	description: "List the workspace's regulations of the past 90 days",
	routing: segmentRouting({
		method: 'GET',
		path: '/regulations',
		root: 'regulations',
		list: true,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), regulationFilters];

const displayOptions = { show: { resource: ['regulation'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
