import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { LOCATORS } from './locators';
import { resolveId } from './routing';
import { NodeOperationError } from 'n8n-workflow';
import { refuseCensoredValues, getPath, parseJsonObject, setPath, splitList } from './utils';

/** A resource locator (From List, By ID, By URL) for one of the IDs in `LOCATORS`. */
export function resourceLocator(name: keyof typeof LOCATORS, description: string): INodeProperties {
	const locator = LOCATORS[name];
	const label = locator.displayName;
	const url = locator.url;
	const parents = Object.keys(locator.list.parents ?? {});
	return {
		displayName: label,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		// The editor empties a picked record when the record it lies below changes (its space).
		...(parents.length > 0
			? { typeOptions: { loadOptionsDependsOn: parents.map((parent) => `${parent}.value`) } }
			: {}),
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select a ${label.toLowerCase()}...`,
				typeOptions: { searchListMethod: locator.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: locator.idPlaceholder,
				validation: [
					{
						type: 'regex',
						properties: {
							regex: '^[^/?#\\s]+$',
							errorMessage: `Not a valid ${label.toLowerCase()} ID`,
						},
					},
				],
			},
			...(url
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: url.placeholder,
							extractValue: { type: 'regex' as const, regex: url.regex },
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: `${url.regex}.*`,
										errorMessage: `Not a Segment app URL of a ${label.toLowerCase()}`,
									},
								},
							],
						},
					]
				: []),
		],
	};
}

/** A resource locator whose ID is sent in the body under its own name, checked before sending. */
export function resourceLocatorInBody(
	name: keyof typeof LOCATORS,
	description: string,
): INodeProperties {
	async function checkId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as Record<string, unknown>;
		body[name] = await resolveId.call(this, name);
		return requestOptions;
	}
	return {
		...resourceLocator(name, description),
		routing: { send: { type: 'body', property: name, preSend: [checkId] } },
	};
}

/** A resource locator whose checked ID is sent in the query or the body, under `key` (its name by default). */
export function resourceLocatorSent(
	name: keyof typeof LOCATORS,
	description: string,
	where: 'query' | 'body',
	key: string = name,
): INodeProperties {
	async function sendId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = await resolveId.call(this, name);
		if (where === 'query') requestOptions.qs = { ...requestOptions.qs, [key]: id };
		else requestOptions.body = { ...(requestOptions.body as IDataObject), [key]: id };
		return requestOptions;
	}
	return {
		...resourceLocator(name, description),
		routing: { send: { preSend: [sendId] } },
	};
}

/**
 * Granularity, Start Time and End Time of a metrics query. Required times default to the last day;
 * with `optionalTimes`, empty times are not sent and Segment's defaults apply (described there).
 */
export function timeWindowFields(
	granularityDescription: string,
	optionalTimes?: { start: string; end: string },
): INodeProperties[] {
	const time = (
		name: 'startTime' | 'endTime',
		displayName: string,
		requiredDefault: string,
		requiredDescription: string,
		optionalDescription: string | undefined,
	): INodeProperties => ({
		displayName,
		name,
		type: 'dateTime',
		required: !optionalTimes,
		default: optionalTimes ? '' : requiredDefault,
		description: optionalDescription ?? requiredDescription,
		routing: {
			send: { preSend: [isoTimeQuery(name, displayName, name, optionalTimes !== undefined)] },
		},
	});
	return [
		{
			displayName: 'Granularity',
			name: 'granularity',
			type: 'options',
			options: [
				{ name: 'Day', value: 'DAY' },
				{ name: 'Hour', value: 'HOUR' },
				{ name: 'Minute', value: 'MINUTE' },
			],
			default: 'HOUR',
			description: granularityDescription,
			routing: { send: { type: 'query', property: 'granularity' } },
		},
		time(
			'startTime',
			'Start Time',
			'={{ $now.minus({ days: 1 }).startOf("hour").toISO() }}',
			'The start of the period (inclusive)',
			optionalTimes?.start,
		),
		time(
			'endTime',
			'End Time',
			'={{ $now.minus({ minutes: 1 }).toISO() }}',
			'The end of the period (exclusive); by default one minute before now, as Segment rejects the future',
			optionalTimes?.end,
		),
	];
}

export function returnAllAndLimit(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/**
 * How a list is entered: "Using Fields Below" or "Using JSON". With `keepLabel` (on an update),
 * keeping the current list is a third choice and the default. `preSend` reads the choice and puts
 * the list into the body.
 */
export function listInputField(field: {
	displayName: string;
	name: string;
	description: string;
	preSend: PreSend;
	keepLabel?: string;
}): INodeProperties {
	const keep = field.keepLabel ? [{ name: field.keepLabel, value: 'unchanged' }] : [];
	const input: INodeProperties = {
		displayName: field.displayName,
		name: field.name,
		type: 'options',
		options: [
			...keep,
			{ name: 'Using Fields Below', value: 'fields' },
			{ name: 'Using JSON', value: 'json' },
		],
		default: 'fields',
		description: field.description,
		routing: { send: { preSend: [field.preSend] } },
	};
	return keep.length > 0 ? { ...input, default: 'unchanged' } : input;
}

/** The Simplify field of an operation that returns records; `description` names what it keeps. */
export function simplify(
	description = 'Whether to return a simplified version of the response (ID, name, slug, enabled, type) instead of the raw data',
): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description,
	};
}

/**
 * Checks a JSON body value before sending: it must be an object, and must not write Segment's
 * censor mask back over a real secret. The error names the field and the key.
 */
function parseJsonBody(bodyKey: string, displayName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as IDataObject;
		const value = parseJsonObject(this.getNode(), getPath(body, bodyKey), displayName);
		refuseCensoredValues(
			this.getNode(),
			value,
			displayName,
			this.getNodeParameter('options.allowCensoredValues', false) === true,
		);
		setPath(body, bodyKey, value);
		requestOptions.body = body;
		return requestOptions;
	};
}

/** A JSON object field sent in the body under `bodyKey` (settings of sources, destinations...). */
export function jsonBodyField(
	name: string,
	displayName: string,
	description: string,
	extra: Partial<INodeProperties> = {},
	bodyKey = name,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		default: '{}',
		description,
		routing: {
			send: { type: 'body', property: bodyKey, preSend: [parseJsonBody(bodyKey, displayName)] },
		},
		...extra,
	};
}

export function catalogTypeField(
	catalog: 'Source' | 'Destination' | 'Warehouse',
	loadOptionsMethod: string,
): INodeProperties {
	return {
		displayName: `${catalog} Type Name or ID`,
		name: 'metadataId',
		type: 'options',
		typeOptions: { loadOptionsMethod },
		required: true,
		default: '',
		description: `The kind of ${catalog.toLowerCase()} to create, from Segment's catalog. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** Filters of a workspace listing, applied to each page as it arrives. */
export function listFilters(bySource: boolean): INodeProperties {
	const options: INodeProperties[] = [
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'any',
			description: 'Whether to return only enabled or only disabled records',
			options: [
				{ name: 'Any', value: 'any' },
				{ name: 'Enabled Only', value: 'enabled' },
				{ name: 'Disabled Only', value: 'disabled' },
			],
		},
	];
	if (bySource) {
		options.push({
			displayName: 'Source Names or IDs',
			name: 'sourceIds',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getSources' },
			default: [],
			description:
				'Return only records connected to these sources. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		});
	}
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options,
	};
}

/** Node-wide options of how requests are retried; read by the routing runner. */
export const requestPolicyOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Allow Censored Values',
			name: 'allowCensoredValues',
			type: 'boolean',
			default: false,
			displayOptions: {
				show: {
					'/operation': [
						'addDestination',
						'create',
						'createActivation',
						'send',
						'update',
						'updateActivation',
						'updateDestination',
						'validateSettings',
					],
				},
				hide: { '/resource': ['regulation', 'trackingPlan'] },
			},
			description:
				'Whether settings may contain Segment\'s censor mask ("••••••") on create and update. Off, such a value fails before sending, so a get-then-update cannot overwrite a real secret with the mask.',
		},
		{
			displayName: 'Combine Input Items',
			name: 'combineItems',
			type: 'boolean',
			default: false,
			displayOptions: {
				show: {
					'/resource': ['regulation'],
					'/operation': ['create', 'createForSource', 'createForCloudSource'],
				},
			},
			description:
				'Whether to send the subject IDs of all input items together, in as few regulations as possible (up to 5,000 IDs each), instead of one regulation per item. Items that ask for different regulation types, subject types or sources are sent as separate regulations; each output item lists the input items it covers.',
		},
		{
			displayName: 'Max Retries',
			name: 'maxRetries',
			type: 'number',
			typeOptions: { minValue: 0, maxValue: 20 },
			default: 5,
			description:
				'How many times one request is retried after Segment answers 429 (rate limited) or 5xx, or the network fails',
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 300,
			description:
				"The longest one request may wait in total for rate limits to reset and retries; past it the node fails with Segment's error",
		},
	],
};

/** Sends a text field trimmed at `bodyPath` (dotted) of the body; empty fails naming the field. */
export function requiredTextBody(parameter: string, displayName: string, bodyPath = parameter) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(parameter, '') as unknown;
		const text = typeof value === 'string' ? value.trim() : '';
		if (!text) {
			throw new NodeOperationError(this.getNode(), `The field "${displayName}" is empty`, {
				description: `Enter a value for "${displayName}".`,
			});
		}
		const body = (requestOptions.body ?? {}) as IDataObject;
		setPath(body, bodyPath, text);
		requestOptions.body = body;
		return requestOptions;
	};
}

/** Sends a list field (multi-select, array or text list) as a query array; empty fails naming it. */
export function idListQuery(parameter: string, queryKey: string, displayName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const values = splitList(this.getNodeParameter(parameter, []));
		if (values.length === 0) {
			throw new NodeOperationError(this.getNode(), `The field "${displayName}" is empty`, {
				description: `Enter at least one value in "${displayName}".`,
			});
		}
		requestOptions.qs = { ...requestOptions.qs, [queryKey]: values };
		return requestOptions;
	};
}

/** Sends a list field as a query array, when it has values. */
export function listQuery(parameter: string, queryKey: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const values = splitList(this.getNodeParameter(parameter, []));
		if (values.length > 0) requestOptions.qs = { ...requestOptions.qs, [queryKey]: values };
		return requestOptions;
	};
}

/**
 * Sends a date-time field as an ISO 8601 UTC time; an unreadable date fails naming the field. An
 * optional field left empty is not sent.
 */
export function isoTimeQuery(
	parameter: string,
	displayName: string,
	queryKey = parameter,
	optional = false,
) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(parameter, '') as unknown;
		if (optional && (value === '' || value === null || value === undefined)) {
			return requestOptions;
		}
		const time = new Date(String(value));
		if (!value || Number.isNaN(time.getTime())) {
			throw new NodeOperationError(
				this.getNode(),
				`The field "${displayName}" is not a valid date`,
				{
					description: `Got "${String(value)}"; enter a date and time such as 2026-01-31T12:00:00Z.`,
				},
			);
		}
		requestOptions.qs = { ...requestOptions.qs, [queryKey]: time.toISOString() };
		return requestOptions;
	};
}

/** The optional fields of a create ("Additional Fields") or an update ("Update Fields"). */
export function optionalFields(
	kind: 'additionalFields' | 'updateFields',
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName: kind === 'updateFields' ? 'Update Fields' : 'Additional Fields',
		name: kind,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options,
	};
}

/** `"A", "B", "C"`: display names as the editor shows them, quoted. */
function quotedNames(names: string[]): string {
	return names.map((name) => `"${name}"`).join(', ');
}

/**
 * The fields of an update (`description`: its "Update Fields" collection, and fields beside it
 * such as "Settings Input" or "Property Renames"), refusing before anything is sent an update
 * with nothing set: its request would have no body, and Segment requires one. The error names
 * the fields to set as the editor shows them: the options of "Update Fields", then the other
 * fields that send something (those with `routing`, not required).
 *
 * The check is the last preSend of the last field that shows whenever the operation does, so
 * it sees the body that the other fields and their preSends built (fixedCollections, settings).
 */
export function refusingEmptyUpdate(description: INodeProperties[]): INodeProperties[] {
	const updateFields = description.find((property) => property.name === 'updateFields');
	if (!updateFields) throw new Error('refusingEmptyUpdate: the update has no "Update Fields"');
	const inCollection = ((updateFields.options ?? []) as INodeProperties[]).map(
		(option) => option.displayName,
	);
	const beside = description
		.filter((property) => property !== updateFields && property.routing && !property.required)
		.map((property) => property.displayName);
	const message =
		`Set ${inCollection.length > 1 ? 'at least one of ' : ''}${quotedNames(inCollection)} in "Update Fields"` +
		(beside.length > 0
			? `, or set ${beside.length > 1 ? 'one of ' : ''}${quotedNames(beside)}`
			: '');

	async function requireChange(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = requestOptions.body;
		if (!body || typeof body !== 'object' || Object.keys(body).length === 0) {
			throw new NodeOperationError(this.getNode(), message, {
				description:
					"Segment's API requires a body on an update, and with nothing set there is none; nothing was sent.",
			});
		}
		return requestOptions;
	}

	const shownWithOperation = JSON.stringify(updateFields.displayOptions);
	let last = -1;
	description.forEach((property, index) => {
		if (JSON.stringify(property.displayOptions) === shownWithOperation) last = index;
	});
	return description.map((property, index) =>
		index !== last
			? property
			: {
					...property,
					routing: {
						...property.routing,
						send: {
							...property.routing?.send,
							preSend: [...(property.routing?.send?.preSend ?? []), requireChange],
						},
					},
				},
	);
}

/** The Enabled field of a source, destination, warehouse or subscription, sent in the body. */
export function enabledField(description: string, property = 'enabled'): INodeProperties {
	return {
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description,
		routing: { send: { type: 'body', property } },
	};
}

/** The Name field of a record, sent in the body. */
export function nameField(description: string, property = 'name'): INodeProperties {
	return {
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description,
		routing: { send: { type: 'body', property } },
	};
}
