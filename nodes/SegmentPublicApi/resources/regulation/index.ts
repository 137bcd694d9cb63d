import type { INodeProperties } from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { regulationCreateDescription, regulationCreateRouting } from './create';
import { regulationGetDescription } from './get';
import { regulationGetAllDescription } from './getAll';
import { regulationGetSuppressionsDescription } from './getSuppressions';

export const regulationDescription: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['regulation'] } },
		options: [
			{
				name: 'Create',
				action: 'Create a regulation for the workspace',
				description:
					'Delete or suppress the data of people across every source of the workspace (GDPR, CCPA requests)',
				value: 'create',
				routing: regulationCreateRouting('workspace'),
			},
			{
				name: 'Create for Cloud Source',
				action: 'Create a regulation for a cloud source',
				description: 'Delete or suppress objects of one cloud source collection',
				value: 'createForCloudSource',
				routing: regulationCreateRouting('cloudSource'),
			},
			{
				name: 'Create for Source',
				action: 'Create a regulation for a source',
				description: 'Delete or suppress the data of people in one source',
				value: 'createForSource',
				routing: regulationCreateRouting('source'),
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a regulation',
				description: 'Get the status of a regulation, with the status of each destination',
				routing: segmentRouting({
					method: 'GET',
					path: '/regulations/{regulateId}',
					root: 'regulation',
				}),
			},
			{
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
			},
			{
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
			},
			{
				name: 'Get Suppressions',
				value: 'getSuppressions',
				action: 'Get suppressed subjects',
				description: 'List the user and object IDs whose data Segment drops',
				routing: segmentRouting({
					method: 'GET',
					path: '/suppressions',
					root: 'suppressed',
					list: true,
				}),
			},
		],
		default: 'create',
	},
	...regulationCreateDescription('workspace'),
	...regulationCreateDescription('source'),
	...regulationCreateDescription('cloudSource'),
	...regulationGetDescription,
	...regulationGetAllDescription('getAll'),
	...regulationGetAllDescription('getAllForSource'),
	...regulationGetSuppressionsDescription,
];
