import type { INodeProperties } from 'n8n-workflow';
import { listQuery } from '../../shared/descriptions';
import { returnAllAndLimit, simplify, timeWindowFields } from '../../shared/legacyFields';

const show = { resource: ['eventVolume'], operation: ['get'] };

export const eventVolumeGetDescription: INodeProperties[] = [
	...timeWindowFields(show, 'The size of each bucket of the series'),
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
		displayOptions: { show },
		routing: { send: { preSend: [listQuery('groupBy', 'groupBy')] } },
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
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
	...returnAllAndLimit(show),
	simplify(show),
];
