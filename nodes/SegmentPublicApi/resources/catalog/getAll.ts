import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit, simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyCatalogItem } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many catalog entries',
	description: 'List the source, destination or warehouse types Segment offers',
	routing: segmentRouting({
		method: 'GET',
		path: '/catalog/{catalogType}s',
		root: '{catalogType}sCatalog',
		list: true,
		simplify: simplifyCatalogItem,
	}),
};

const properties: INodeProperties[] = [...returnAllAndLimit(), simplify()];

const displayOptions = { show: { resource: ['catalog'], operation: ['getAll'] } };

export const description = updateDisplayOptions(displayOptions, properties);
