import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { simplify } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyCatalogItem } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a catalog entry',
	description: 'Get one source, destination or warehouse type with its settings options',
	routing: segmentRouting({
		method: 'GET',
		path: '/catalog/{catalogType}s/{catalogItemId}',
		root: '{catalogType}Metadata',
		simplify: simplifyCatalogItem,
	}),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Catalog Entry Name or ID',
		name: 'catalogItemId',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getCatalogItems', loadOptionsDependsOn: ['catalogType'] },
		required: true,
		default: '',
		description:
			'The catalog entry (metadata ID) to get. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	simplify(),
];

const displayOptions = { show: { resource: ['catalog'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
