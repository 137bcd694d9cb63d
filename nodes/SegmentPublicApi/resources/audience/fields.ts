import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { resourceLocator, simplify } from '../../shared/descriptions';
import { splitList } from '../../shared/utils';

/** Segment's longest search text for audiences and their references. */
const MAX_SEARCH_LENGTH = 255;

export const AUDIENCE_TYPES = [
	{ name: 'Accounts', value: 'ACCOUNTS' },
	{ name: 'Linked', value: 'LINKED' },
	{ name: 'Users', value: 'USERS' },
];

export const AUDIENCES = '/spaces/{spaceId}/audiences';
export const AUDIENCE = `${AUDIENCES}/{audienceId}`;
export const SCHEDULE = `${AUDIENCE}/schedules/{scheduleId}`;

export function spaceField(description: string): INodeProperties {
	return resourceLocator('spaceId', description);
}

/** The audience, picked from the audiences of the space chosen above, or given by ID. */
export function audienceIdField(description: string): INodeProperties {
	return resourceLocator('audienceId', description);
}

export function scheduleIdField(description: string): INodeProperties {
	return {
		displayName: 'Schedule ID',
		name: 'scheduleId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 1',
		description,
	};
}

export function audienceTypeField(description: string): INodeProperties {
	return {
		displayName: 'Audience Type',
		name: 'audienceType',
		type: 'options',
		options: AUDIENCE_TYPES,
		required: true,
		default: 'USERS',
		description,
	};
}

export function queryField(description: string): INodeProperties {
	return {
		displayName: 'Definition (Query)',
		name: 'query',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: "e.g. event('Order Completed').count() >= 3",
		description,
	};
}

export const targetEntityOption: INodeProperties = {
	displayName: 'Target Entity',
	name: 'targetEntity',
	type: 'string',
	default: '',
	placeholder: 'e.g. profile',
	description:
		'For Linked audiences: the slug of the data graph entity relationship to target; Segment uses "profile" when empty',
};

export const filterByExternalIdsOption: INodeProperties = {
	displayName: 'Filter by External IDs',
	name: 'filterByExternalIds',
	type: 'string',
	default: '',
	placeholder: 'e.g. user_id, email',
	description:
		'Consider only profiles with one of these external ID types, separated by commas. Segment uses user_id, email, android.idfa and ios.idfa when empty.',
};

export const backfillEventDataDaysOption: INodeProperties = {
	displayName: 'Backfill Event Data (Days)',
	name: 'backfillEventDataDays',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 7,
	description:
		'How many days of event data before creation to include (best effort). For an audience, "Include Historical Data" must be on.',
};

export const includeHistoricalDataOption: INodeProperties = {
	displayName: 'Include Historical Data',
	name: 'includeHistoricalData',
	type: 'boolean',
	default: false,
	description:
		'Whether data from before the audience was created counts towards membership. Segment may turn it on when the definition needs it.',
};

function fail(this: IExecuteSingleFunctions, message: string, description: string): never {
	throw new NodeOperationError(this.getNode(), message, { description });
}

/** The value of a required text field, trimmed, or an error naming it. */
function requiredText(this: IExecuteSingleFunctions, name: string, displayName: string): string {
	const value = String(this.getNodeParameter(name, '') ?? '').trim();
	if (!value)
		fail.call(this, `The field "${displayName}" is empty`, `Enter a value for "${displayName}".`);
	return value;
}

/** The audience options (historical data, external IDs, backfill) of a collection, checked. */
function audienceOptions(
	this: IExecuteSingleFunctions,
	fields: IDataObject,
	checkBackfill: boolean,
): IDataObject | undefined {
	const options: IDataObject = {};
	if (typeof fields.includeHistoricalData === 'boolean') {
		options.includeHistoricalData = fields.includeHistoricalData;
	}
	if (fields.filterByExternalIds !== undefined) {
		const ids = splitList(fields.filterByExternalIds);
		if (ids.length === 0) {
			fail.call(
				this,
				'The field "Filter by External IDs" is empty',
				'Enter external ID types such as user_id, email; or remove the field.',
			);
		}
		options.filterByExternalIds = ids;
	}
	if (fields.backfillEventDataDays !== undefined) {
		const days = Number(fields.backfillEventDataDays);
		if (!Number.isInteger(days) || days < 1) {
			fail.call(
				this,
				'The field "Backfill Event Data (Days)" must be a whole number of 1 or more',
				`Got ${JSON.stringify(fields.backfillEventDataDays)}.`,
			);
		}
		if (checkBackfill && options.includeHistoricalData !== true) {
			fail.call(
				this,
				'The field "Backfill Event Data (Days)" needs "Include Historical Data" on',
				'Segment applies the backfill only to audiences that include historical data: add "Include Historical Data" and turn it on.',
			);
		}
		options.backfillEventDataDays = days;
	}
	return Object.keys(options).length > 0 ? options : undefined;
}

function withBody(requestOptions: IHttpRequestOptions, body: IDataObject): IHttpRequestOptions {
	requestOptions.body = { ...((requestOptions.body ?? {}) as IDataObject), ...body };
	return requestOptions;
}

/** Body of Create: name, type, definition, and the Additional Fields. */
export async function createAudienceBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const name = requiredText.call(this, 'name', 'Name');
	const query = requiredText.call(this, 'query', 'Definition (Query)');
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const definition: IDataObject = { query };
	const targetEntity = String(fields.targetEntity ?? '').trim();
	if (targetEntity) definition.targetEntity = targetEntity;
	const body: IDataObject = {
		name,
		audienceType: this.getNodeParameter('audienceType', 'USERS') as string,
		definition,
	};
	if (typeof fields.description === 'string' && fields.description !== '') {
		body.description = fields.description;
	}
	if (typeof fields.enabled === 'boolean') body.enabled = fields.enabled;
	const options = audienceOptions.call(this, fields, true);
	if (options) body.options = options;
	return withBody(requestOptions, body);
}

/** Body of Update: only the Update Fields given; at least one. */
export async function updateAudienceBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.query !== undefined) {
		const query = String(fields.query).trim();
		if (!query) {
			fail.call(
				this,
				'The field "Definition (Query)" is empty',
				'Enter the new definition, or remove the field to keep the current one.',
			);
		}
		body.definition = { query };
	}
	if (fields.name !== undefined) {
		const name = String(fields.name).trim();
		if (!name) fail.call(this, 'The field "Name" is empty', 'Enter a name, or remove the field.');
		body.name = name;
	}
	if (fields.description !== undefined) body.description = String(fields.description);
	if (typeof fields.enabled === 'boolean') body.enabled = fields.enabled;
	const options = audienceOptions.call(this, fields, false);
	if (options) body.options = options;
	if (Object.keys(body).length === 0) {
		fail.call(this, 'Nothing to update', 'Add at least one field under "Update Fields".');
	}
	return withBody(requestOptions, body);
}

/** Body of Create Preview: type, definition, and the preview options. */
export async function previewBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const query = requiredText.call(this, 'query', 'Definition (Query)');
	const fields = this.getNodeParameter('additionalFields', {}) as IDataObject;
	const definition: IDataObject = { query };
	const targetEntity = String(fields.targetEntity ?? '').trim();
	if (targetEntity) definition.targetEntity = targetEntity;
	const body: IDataObject = {
		audienceType: this.getNodeParameter('audienceType', 'USERS') as string,
		definition,
	};
	const options = audienceOptions.call(this, fields, false);
	if (options) body.options = options;
	return withBody(requestOptions, body);
}

/** Adds `search[type]` and `search[query]` when a search text is given. */
export function searchQuery(filtersName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const filters = this.getNodeParameter(filtersName, {}) as IDataObject;
		const text = String(filters.searchText ?? '').trim();
		if (!text) return requestOptions;
		if (text.length > MAX_SEARCH_LENGTH) {
			fail.call(
				this,
				`The field "Search Text" is longer than ${MAX_SEARCH_LENGTH} characters`,
				`Segment accepts up to ${MAX_SEARCH_LENGTH}; it has ${text.length}.`,
			);
		}
		requestOptions.qs = {
			...requestOptions.qs,
			'search[type]': String(filters.searchIn ?? 'NAME'),
			'search[query]': text,
		};
		return requestOptions;
	};
}

/** Adds `include=schedules` when "Include Schedules" is on. */
export async function includeSchedulesQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	if (this.getNodeParameter('includeSchedules', false) === true) {
		requestOptions.qs = { ...requestOptions.qs, include: 'schedules' };
	}
	return requestOptions;
}

/** Adds `sort[field]` and `sort[direction]` when a sort is chosen. */
export async function sortQuery(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const sort = this.getNodeParameter('sort', {}) as IDataObject;
	if (sort.field === undefined && sort.direction === undefined) return requestOptions;
	requestOptions.qs = {
		...requestOptions.qs,
		'sort[field]': String(sort.field ?? 'NAME'),
		'sort[direction]': String(sort.direction ?? 'ASC'),
	};
	return requestOptions;
}

/** The search filters of a list of audiences. */
export function searchFilters(what: string): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		routing: { send: { preSend: [searchQuery('filters')] } },
		options: [
			{
				displayName: 'Search In',
				name: 'searchIn',
				type: 'options',
				options: [
					{ name: 'Definition', value: 'DEFINITION' },
					{ name: 'Key', value: 'KEY' },
					{ name: 'Name', value: 'NAME' },
				],
				default: 'NAME',
				description:
					'The field Search Text is matched against: a key matches by prefix, a name or definition anywhere',
			},
			{
				displayName: 'Search Text',
				name: 'searchText',
				type: 'string',
				default: '',
				placeholder: 'e.g. churn',
				description: `Return only ${what} whose chosen field matches this text (up to 255 characters)`,
			},
		],
	};
}

/** In the order of the week and of time, as a schedule is read, rather than alphabetically. */
const WEEKDAYS = [
	{ name: 'Sunday', value: 0 },
	{ name: 'Monday', value: 1 },
	{ name: 'Tuesday', value: 2 },
	{ name: 'Wednesday', value: 3 },
	{ name: 'Thursday', value: 4 },
	{ name: 'Friday', value: 5 },
	{ name: 'Saturday', value: 6 },
];

const HOURS = Array.from({ length: 24 }, (_, hour) => ({
	name: `${String(hour).padStart(2, '0')}:00`,
	value: hour,
}));

const INTERVALS = [
	{ name: 'Every 15 Minutes', value: '15m' },
	{ name: 'Every 30 Minutes', value: '30m' },
	{ name: 'Every Hour', value: '1h' },
	{ name: 'Every 2 Hours', value: '2h' },
	{ name: 'Every 4 Hours', value: '4h' },
	{ name: 'Every 6 Hours', value: '6h' },
	{ name: 'Every 8 Hours', value: '8h' },
	{ name: 'Every 12 Hours', value: '12h' },
	{ name: 'Every Day', value: '1d' },
];

function numberList(
	this: IExecuteSingleFunctions,
	name: string,
	displayName: string,
	max: number,
): number[] {
	const raw = this.getNodeParameter(name, []) as unknown;
	const values = (Array.isArray(raw) ? raw : splitList(raw)).map((value) => Number(value));
	if (values.length === 0) {
		fail.call(
			this,
			`The field "${displayName}" is empty`,
			`Choose at least one value in "${displayName}".`,
		);
	}
	const bad = values.find((value) => !Number.isInteger(value) || value < 0 || value > max);
	if (bad !== undefined) {
		fail.call(
			this,
			`The field "${displayName}" holds a value outside 0 to ${max}`,
			`Got ${JSON.stringify(raw)}.`,
		);
	}
	return [...new Set(values)].sort((a, b) => a - b);
}

/** Body of Create Schedule and Update Schedule: the strategy and its configuration. */
export async function scheduleBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const strategy = this.getNodeParameter('strategy', 'PERIODIC') as string;
	let config: IDataObject;
	if (strategy === 'SPECIFIC_DAYS') {
		const timezone = requiredText.call(this, 'timezone', 'Timezone');
		try {
			new Intl.DateTimeFormat('en-US', { timeZone: timezone });
		} catch {
			fail.call(
				this,
				`The field "Timezone" is not a known time zone: "${timezone}"`,
				'Enter a TZ database name such as America/New_York or Europe/Berlin.',
			);
		}
		config = {
			days: numberList.call(this, 'days', 'Days', 6),
			hours: numberList.call(this, 'hours', 'Hours', 23),
			timezone,
		};
	} else {
		const interval = String(this.getNodeParameter('interval', '1d'));
		if (!INTERVALS.some((option) => option.value === interval)) {
			fail.call(
				this,
				`The field "Interval" is not one Segment accepts: "${interval}"`,
				`Use one of ${INTERVALS.map((option) => option.value).join(', ')}.`,
			);
		}
		config = { interval };
	}
	return withBody(requestOptions, { strategy, config });
}

/** The strategy and configuration of a schedule (Linked audiences only). */
export function scheduleFields(): INodeProperties[] {
	return [
		{
			displayName: 'Strategy',
			name: 'strategy',
			type: 'options',
			options: [
				{
					name: 'Periodic',
					value: 'PERIODIC',
					description: 'Run at a fixed interval',
				},
				{
					name: 'Specific Days',
					value: 'SPECIFIC_DAYS',
					description: 'Run on chosen days of the week at chosen hours',
				},
			],
			required: true,
			default: 'PERIODIC',
			description: 'How the runs of the Linked audience are scheduled',
			routing: { send: { preSend: [scheduleBody] } },
		},
		{
			displayName: 'Interval',
			name: 'interval',
			type: 'options',
			options: INTERVALS,
			default: '1d',
			description: 'How often the audience runs',
			displayOptions: { show: { strategy: ['PERIODIC'] } },
		},
		{
			displayName: 'Days',
			name: 'days',
			type: 'multiOptions',
			options: WEEKDAYS,
			default: [],
			description: 'The days of the week the audience runs',
			displayOptions: { show: { strategy: ['SPECIFIC_DAYS'] } },
		},
		{
			displayName: 'Hours',
			name: 'hours',
			type: 'multiOptions',
			options: HOURS,
			default: [],
			description: 'The hours of the day, in the time zone below, at which the audience runs',
			displayOptions: { show: { strategy: ['SPECIFIC_DAYS'] } },
		},
		{
			displayName: 'Timezone',
			name: 'timezone',
			type: 'string',
			default: 'UTC',
			placeholder: 'e.g. America/New_York',
			description: 'The TZ database time zone of the hours',
			displayOptions: { show: { strategy: ['SPECIFIC_DAYS'] } },
		},
	];
}

export function simplifyAudienceField(): INodeProperties {
	return simplify(
		'Whether to return a simplified version of each audience (ID, space, name, key, enabled, status, type, query, cadence, size) instead of the raw data',
	);
}

export function includeSchedulesField(): INodeProperties {
	return {
		displayName: 'Include Schedules',
		name: 'includeSchedules',
		type: 'boolean',
		default: false,
		description: 'Whether to add the run schedules of each audience (Linked audiences have them)',
		routing: { send: { preSend: [includeSchedulesQuery] } },
	};
}
