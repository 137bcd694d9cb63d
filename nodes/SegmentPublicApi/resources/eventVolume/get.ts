import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	listQuery,
	returnAllAndLimit,
	simplify,
	timeWindowFields,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifyVolumeSeries } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get event volume',
	description: 'Get the number of events received over time, one item per series',
	routing: segmentRouting({
		method: 'GET',
		path: '/events/volume',
		root: 'result',
		list: true,
		simplify: simplifyVolumeSeries,
	}),
};

const properties: INodeProperties[] = [
	...timeWindowFields('The size of each bucket of the series'),
	{
		displayName: 'Group By',
		name: 'groupBy',
		type: 'multiOptions',
		options: [
			{ name: 'App Version', value: 'appVersion' },
			{ name: 'Event Name', value: 'eventName' },
			{ name: 'Event Type', value: 'eventType' },
			{ name: 'Source', value: 'source' },
		],
		default: ['source'],
		description: 'The dimensions that split the volume into series',
		routing: { send: { preSend: [listQuery('groupBy', 'groupBy')] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'App Versions',
				name: 'appVersions',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2.4.0, 2.5.0',
				description: 'Only these app versions, separated by commas',
				routing: { send: { preSend: [listQuery('filters.appVersions', 'appVersion')] } },
			},
			{
				displayName: 'Event Names',
				name: 'eventNames',
				type: 'string',
				default: '',
				placeholder: 'e.g. Order Completed, Signed Up',
				description: 'Only these event names, separated by commas',
				routing: { send: { preSend: [listQuery('filters.eventNames', 'eventName')] } },
			},
			{
				displayName: 'Event Types',
				name: 'eventTypes',
				type: 'multiOptions',
				options: [
					{ name: 'Alias', value: 'alias' },
					{ name: 'Group', value: 'group' },
					{ name: 'Identify', value: 'identify' },
					{ name: 'Page', value: 'page' },
					{ name: 'Screen', value: 'screen' },
					{ name: 'Track', value: 'track' },
				],
				default: [],
				description: 'Only these event types',
				routing: { send: { preSend: [listQuery('filters.eventTypes', 'eventType')] } },
			},
			{
				displayName: 'Source Names or IDs',
				name: 'sourceIds',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: 'getSources' },
				default: [],
				description:
					'Only events of these sources. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				routing: { send: { preSend: [listQuery('filters.sourceIds', 'sourceId')] } },
			},
		],
	},
	...returnAllAndLimit(),
	simplify(),
];

const displayOptions = { show: { resource: ['eventVolume'], operation: ['get'] } };

export const description = updateDisplayOptions(displayOptions, properties);
