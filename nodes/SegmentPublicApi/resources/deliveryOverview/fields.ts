import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import {
	listQuery,
	resourceLocatorSent,
	returnAllAndLimit,
	timeWindowFields,
} from '../../shared/descriptions';
import { splitList } from '../../shared/utils';

/**
 * The three kinds of Delivery Overview steps; each accepts its own group-by dimensions and filters.
 * received: Successfully Received. source: Failed on Ingest, Filtered at Source.
 * destination: Filtered at Destination, Failed Delivery, Successful Delivery (need a destination).
 */
export type StepKind = 'received' | 'source' | 'destination';

/** Adds a list field to the `filter` query object (sent as filter[eventName][0]=...), when it has values. */
function filterQuery(parameter: string, filterKey: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const values = splitList(this.getNodeParameter(parameter, []));
		if (values.length > 0) {
			const qs = requestOptions.qs ?? {};
			const filter = (qs.filter ?? {}) as Record<string, string[]>;
			requestOptions.qs = { ...qs, filter: { ...filter, [filterKey]: values } };
		}
		return requestOptions;
	};
}

const EVENT_TYPES = [
	{ name: 'Alias', value: 'alias' },
	{ name: 'Group', value: 'group' },
	{ name: 'Identify', value: 'identify' },
	{ name: 'Page', value: 'page' },
	{ name: 'Screen', value: 'screen' },
	{ name: 'Track', value: 'track' },
];

interface Dimension {
	/** Segment's name, used in groupBy and as the filter key. */
	key: string;
	label: string;
	/** The Filters option: its name and how it is entered. */
	filterName: string;
	filterLabel: string;
	placeholder?: string;
	description: string;
	kinds: StepKind[];
}

const ALL: StepKind[] = ['received', 'source', 'destination'];
const DISCARDS: StepKind[] = ['source', 'destination'];
const DESTINATION: StepKind[] = ['destination'];

const DIMENSIONS: Dimension[] = [
	{
		key: 'activationId',
		label: 'Activation ID',
		filterName: 'activationIds',
		filterLabel: 'Activation IDs',
		description: 'Only these Linked Audience activations, separated by commas',
		kinds: DESTINATION,
	},
	{
		key: 'appVersion',
		label: 'App Version',
		filterName: 'appVersions',
		filterLabel: 'App Versions',
		placeholder: 'e.g. 2.4.0, 2.5.0',
		description: 'Only these app versions, separated by commas',
		kinds: ALL,
	},
	{
		key: 'audienceId',
		label: 'Audience ID',
		filterName: 'audienceIds',
		filterLabel: 'Audience IDs',
		description: 'Only these Linked Audiences, separated by commas',
		kinds: DESTINATION,
	},
	{
		key: 'discardReason',
		label: 'Discard Reason',
		filterName: 'discardReasons',
		filterLabel: 'Discard Reasons',
		placeholder: 'e.g. integrations.rate_limited',
		description:
			"Only these discard reasons (error codes of the Segment app's discard table), separated by commas. For successful deliveries, successes.attempt.1 to successes.attempt.10 select retries.",
		kinds: DISCARDS,
	},
	{
		key: 'eventName',
		label: 'Event Name',
		filterName: 'eventNames',
		filterLabel: 'Event Names',
		placeholder: 'e.g. Order Completed, Signed Up',
		description: 'Only these event names, separated by commas',
		kinds: ALL,
	},
	{
		key: 'eventType',
		label: 'Event Type',
		filterName: 'eventTypes',
		filterLabel: 'Event Types',
		description: 'Only these event types',
		kinds: ALL,
	},
	{
		key: 'spaceId',
		label: 'Space ID',
		filterName: 'spaceIds',
		filterLabel: 'Space IDs',
		description: 'Only these Engage spaces of Linked Audiences, separated by commas',
		kinds: DESTINATION,
	},
	{
		key: 'subscriptionId',
		label: 'Subscription ID',
		filterName: 'subscriptionIds',
		filterLabel: 'Subscription IDs',
		description:
			'Only these subscriptions (mappings) of an Actions destination, separated by commas',
		kinds: DESTINATION,
	},
];

function filterOption(dimension: Dimension): INodeProperties {
	const routing = {
		send: { preSend: [filterQuery(`filters.${dimension.filterName}`, dimension.key)] },
	};
	if (dimension.key === 'eventType') {
		return {
			displayName: dimension.filterLabel,
			name: dimension.filterName,
			type: 'multiOptions',
			options: EVENT_TYPES,
			default: [],
			description: dimension.description,
			routing,
		};
	}
	return {
		displayName: dimension.filterLabel,
		name: dimension.filterName,
		type: 'string',
		default: '',
		...(dimension.placeholder ? { placeholder: dimension.placeholder } : {}),
		description: dimension.description,
		routing,
	};
}

/** The fields of an operation of one kind of step. */
export function stepFields(kind: StepKind): INodeProperties[] {
	const dimensions = DIMENSIONS.filter((dimension) => dimension.kinds.includes(kind));
	return [
		resourceLocatorSent('sourceId', 'The source whose events are counted', 'query'),
		...(kind === 'destination'
			? [
					resourceLocatorSent(
						'destinationId',
						'The destination (connected to the source) whose deliveries are counted',
						'query',
						'destinationConfigId',
					),
				]
			: []),
		...timeWindowFields(
			'The size of each bucket. Segment limits the range: Minute up to 4 hours within the last 48 hours; Hour up to 14 days and Day up to 30 days, within the last 30 days.',
		),
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'multiOptions',
			options: dimensions.map((dimension) => ({ name: dimension.label, value: dimension.key })),
			default: [],
			description:
				'The dimensions that split the count into series; none gives one series for the step',
			routing: { send: { preSend: [listQuery('groupBy', 'groupBy')] } },
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: dimensions.map(filterOption),
		},
		...returnAllAndLimit(),
		{
			displayName: 'Simplify',
			name: 'simplify',
			type: 'boolean',
			default: true,
			description:
				"Whether to add the source (and destination) ID to each series and leave out empty fields, instead of returning Segment's series as they are",
		},
	];
}
