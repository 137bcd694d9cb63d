import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { simplifyCatalogItem } from '../../shared/utils';
import { catalogGetDescription } from './get';
import { catalogGetAllDescription } from './getAll';

export const catalogDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['catalog'] } },
		options: [
			{
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
			},
			{
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
			},
		],
		default: 'getAll',
	},
	{
		displayName: 'Catalog',
		name: 'catalogType',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['catalog'] } },
		options: [
			{ name: 'Destination Types', value: 'destination' },
			{ name: 'Source Types', value: 'source' },
			{ name: 'Warehouse Types', value: 'warehouse' },
		],
		default: 'source',
		description: "Which part of Segment's catalog to read",
	},
	...catalogGetDescription,
	...catalogGetAllDescription,
];
