import {
	updateDisplayOptions,
	type DeclarativeRestApiSettings,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodeExecutionData,
	type INodeProperties,
	type INodePropertyOptions,
	type INodePropertyRouting,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { textQuery } from '../spaceSchema/query';

type RunOperation = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

const isRecord = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * Routing of Get Supported Destinations: one item per destination when Segment lists them, or one
 * item holding Segment's `destinations` object as it is (the API describes it as a free-form object).
 */
function supportedDestinationsRouting(): INodePropertyRouting {
	const base = segmentRouting({
		method: 'GET',
		path: '/spaces/{spaceId}/audienceType/{audienceType}/supported-destinations',
		version: 'v1alpha',
	});
	const request = base.operations?.pagination as RunOperation;
	async function listSupported(
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const [answer] = await request.call(this, requestData);
		const destinations = answer?.json.destinations;
		if (Array.isArray(destinations)) {
			return destinations.map((entry) => ({ json: isRecord(entry) ? entry : { value: entry } }));
		}
		return isRecord(destinations) && Object.keys(destinations).length > 0
			? [{ json: destinations }]
			: [];
	}
	return { ...base, operations: { pagination: listSupported } };
}

export const option: INodePropertyOptions = {
	name: 'Get Supported Destinations',
	value: 'getSupportedDestinations',
	action: 'Get the destinations that can activate an audience type',
	description:
		'List the destinations validated for activation, with the action IDs and fields they can map',
	routing: supportedDestinationsRouting(),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The Engage space'),
	{
		displayName: 'Audience Type',
		name: 'audienceType',
		type: 'options',
		options: [
			{ name: 'Accounts', value: 'ACCOUNTS' },
			{ name: 'Linked', value: 'LINKED' },
			{ name: 'Users', value: 'USERS' },
		],
		default: 'USERS',
		description: 'The kind of audience to activate: of users, of accounts, or a Linked Audience',
	},
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Action ID',
				name: 'actionId',
				type: 'string',
				default: '',
				description: 'Return only the destination with this action',
				routing: { send: { preSend: [textQuery('filters.actionId', 'actionId')] } },
			},
			{
				displayName: 'Destination Slug',
				name: 'slug',
				type: 'string',
				default: '',
				placeholder: 'e.g. actions-webhook',
				description: 'Return only the destination of this catalog slug',
				routing: { send: { preSend: [textQuery('filters.slug', 'slug')] } },
			},
		],
	},
];

const displayOptions = {
	show: { resource: ['activation'], operation: ['getSupportedDestinations'] },
};

export const description = updateDisplayOptions(displayOptions, properties);
