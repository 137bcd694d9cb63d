import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { LOCATORS } from './locators';
import { NodeOperationError } from 'n8n-workflow';
import { checkedId, findCensoredValue, parseJsonObject } from './utils';

type DisplayShow = NonNullable<NonNullable<INodeProperties['displayOptions']>['show']>;

/** A resource locator (From List, By ID, By URL) for one of the IDs in `LOCATORS`. */
export function resourceLocator(
	name: keyof typeof LOCATORS,
	show: DisplayShow,
	description: string,
): INodeProperties {
	const locator = LOCATORS[name];
	const label = locator.displayName;
	return {
		displayName: label,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		displayOptions: { show },
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
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: locator.urlPlaceholder,
				extractValue: { type: 'regex', regex: locator.urlRegex },
				validation: [
					{
						type: 'regex',
						properties: {
							regex: `${locator.urlRegex}.*`,
							errorMessage: `Not a Segment app URL of a ${label.toLowerCase()}`,
						},
					},
				],
			},
		],
	};
}

/** A resource locator whose ID is sent in the body under its own name, checked before sending. */
export function resourceLocatorInBody(
	name: keyof typeof LOCATORS,
	show: DisplayShow,
	description: string,
): INodeProperties {
	const label = LOCATORS[name].displayName;
	async function checkId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as Record<string, unknown>;
		body[name] = checkedId(this.getNode(), body[name], label);
		return requestOptions;
	}
	return {
		...resourceLocator(name, show, description),
		routing: { send: { type: 'body', property: name, preSend: [checkId] } },
	};
}

export function returnAllAndLimit(show: DisplayShow): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

export function simplify(show: DisplayShow): INodeProperties {
	return {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description:
			'Whether to return a simplified version of the response (ID, name, slug, enabled, type) instead of the raw data',
		displayOptions: { show },
	};
}

/**
 * Checks a JSON body value before sending: it must be an object, and must not write Segment's
 * censor mask back over a real secret. The error names the field and the key.
 */
function parseJsonBody(bodyKey: string, displayName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const body = (requestOptions.body ?? {}) as Record<string, unknown>;
		const value = parseJsonObject(this.getNode(), body[bodyKey], displayName);
		const censoredKey = findCensoredValue(value);
		if (censoredKey && !this.getNodeParameter('options.allowCensoredValues', false)) {
			throw new NodeOperationError(
				this.getNode(),
				`The field "${displayName}" holds a censored secret at "${censoredKey}"`,
				{
					description:
						'Segment returns secrets masked as "••••••"; sending the mask back would overwrite the real secret. Remove the key, enter the real value, or turn on "Allow Censored Values" in Options.',
				},
			);
		}
		body[bodyKey] = value;
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
): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		default: '{}',
		description,
		routing: {
			send: { type: 'body', property: name, preSend: [parseJsonBody(name, displayName)] },
		},
		...extra,
	};
}

export function catalogTypeField(
	show: DisplayShow,
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
		displayOptions: { show },
	};
}

/** Filters of a workspace listing, applied to each page as it arrives. */
export function listFilters(show: DisplayShow, bySource: boolean): INodeProperties {
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
		displayOptions: { show },
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
			description:
				'Whether settings may contain Segment\'s censor mask ("••••••") on create and update. Off, such a value fails before sending, so a get-then-update cannot overwrite a real secret with the mask.',
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
				'The longest one request may wait in total for rate limits to reset and retries; past it the node fails with Segment\'s error',
		},
	],
};
