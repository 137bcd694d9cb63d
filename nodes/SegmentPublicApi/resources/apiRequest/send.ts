import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { apiRequestRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Send Request',
	value: 'send',
	action: 'Send a request to any endpoint',
	description:
		"Call any Public API endpoint with this node's cursor pagination, retries, rate limiting, versioned media types and error messages. n8n's Custom API Call sends one plain request without them.",
	routing: apiRequestRouting(),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: [
			{ name: 'DELETE', value: 'DELETE' },
			{ name: 'GET', value: 'GET' },
			{ name: 'PATCH', value: 'PATCH' },
			{ name: 'POST', value: 'POST' },
			{ name: 'PUT', value: 'PUT' },
		],
		default: 'GET',
		description: 'The HTTP method of the request',
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. /tracking-plans',
		description:
			"The endpoint below the base URL of the credential's region, as in Segment's API reference (docs.segmentapis.com)",
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		description:
			'Query parameters as a JSON object, e.g. {"pagination[count]": 10}. Arrays are sent as name[0]=…&name[1]=….',
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		description: 'The JSON body of the request',
		displayOptions: { show: { method: ['PATCH', 'POST', 'PUT'] } },
	},
	{
		displayName: 'API Version',
		name: 'mediaVersion',
		type: 'options',
		options: [
			{ name: 'Stable (V1)', value: 'v1' },
			{ name: 'Beta (V1beta)', value: 'v1beta' },
			{ name: 'Alpha (V1alpha)', value: 'v1alpha' },
		],
		default: 'v1',
		description:
			'The versioned media type sent in Accept and Content-Type. Alpha endpoints (e.g. destination subscriptions) need v1alpha.',
	},
	{
		displayName: 'Follow Pagination',
		name: 'paginate',
		type: 'boolean',
		default: false,
		description:
			"Whether to follow Segment's cursor (data.pagination.next) and return every record of a list, one item each",
		displayOptions: { show: { method: ['GET'] } },
	},
	{
		displayName: 'List Property',
		name: 'listProperty',
		type: 'string',
		default: '',
		placeholder: 'e.g. trackingPlans',
		description: 'The key under "data" that holds the records of the list',
		displayOptions: { show: { method: ['GET'], paginate: [true] } },
	},
];

const displayOptions = { show: { resource: ['apiRequest'], operation: ['send'] } };

export const description = updateDisplayOptions(displayOptions, properties);
