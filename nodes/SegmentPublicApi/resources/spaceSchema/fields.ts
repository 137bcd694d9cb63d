import type { INodeProperties } from 'n8n-workflow';
import type { OperationSpec } from '../../shared/routing';
import { textQuery } from './query';

const SPACE = '/spaces/{spaceId}';
/** The space schema lists default to pages of 200; larger pages are not documented. */
const MAX_PAGE_SIZE = 200;

/** A list of the space schema, followed with Return All / Limit. */
export const listOperation = (path: string, root: string): OperationSpec => ({
	method: 'GET',
	path: `${SPACE}${path}`,
	root,
	list: true,
	version: 'v1alpha',
	maxPageSize: MAX_PAGE_SIZE,
});

/** Sample values come whole as `sampleValues`, one item holding them. */
export const samplesOperation = (path: string): OperationSpec => ({
	method: 'GET',
	path: `${SPACE}${path}`,
	version: 'v1alpha',
});

export function requiredTextField(
	name: string,
	displayName: string,
	description: string,
	placeholder: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description,
	};
}

export const eventNameField = (description: string) =>
	requiredTextField('eventName', 'Event Name', description, 'e.g. Order Completed');

export const entitySlugField = (description: string) =>
	requiredTextField('entitySlug', 'Entity Slug', description, 'e.g. accounts');

export const propertyNameField = (description: string) =>
	requiredTextField('propertyName', 'Property Name', description, 'e.g. revenue');

export const traitKeyField = (description: string) =>
	requiredTextField('traitKey', 'Trait Key', description, 'e.g. first_name');

export const collectionField: INodeProperties = {
	displayName: 'Collection',
	name: 'collection',
	type: 'options',
	options: [
		{ name: 'Accounts', value: 'accounts' },
		{ name: 'Users', value: 'users' },
	],
	default: 'users',
	description: 'Whether the traits are those of user profiles or of accounts',
	routing: { send: { type: 'query', property: 'collection' } },
};

export const searchOption = (description: string): INodeProperties => ({
	displayName: 'Search',
	name: 'search',
	type: 'string',
	default: '',
	description,
	routing: { send: { preSend: [textQuery('listOptions.search', 'search')] } },
});

export const sampleOptions: INodeProperties[] = [
	{
		displayName: 'Include Sample Values',
		name: 'includeSampleValues',
		type: 'boolean',
		default: false,
		description: 'Whether to add sample values to each entry, under "samples"',
		routing: { send: { type: 'query', property: 'includeSampleValues' } },
	},
	{
		displayName: 'Samples Count',
		name: 'samplesCount',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 100 },
		default: 20,
		description:
			'How many sample values to add to each entry (1 to 100), with Include Sample Values on',
		routing: { send: { type: 'query', property: 'samplesCount' } },
	},
];

function sortDirection(defaultDir: 'asc' | 'desc'): INodeProperties {
	return {
		displayName: 'Sort Direction',
		name: 'sortDir',
		type: 'options',
		options: [
			{ name: 'Ascending', value: 'asc' },
			{ name: 'Descending', value: 'desc' },
		],
		default: defaultDir,
		description: 'The order of the entries',
		routing: { send: { type: 'query', property: 'sortDir' } },
	};
}

/** Sorting of events and event properties: by default the most recently seen first. */
export const sortByNameOrLastSeen: INodeProperties[] = [
	{
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: [
			{ name: 'Last Seen', value: 'lastSeenAt' },
			{ name: 'Name', value: 'name' },
		],
		default: 'lastSeenAt',
		description: 'The field the entries are sorted by',
		routing: { send: { type: 'query', property: 'sortBy' } },
	},
	sortDirection('desc'),
];

/** Sorting of traits: by default by key, A to Z. */
export const sortByTraitOrLastSeen: INodeProperties[] = [
	{
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		options: [
			{ name: 'Last Seen', value: 'lastSeenAt' },
			{ name: 'Trait Key', value: 'trait' },
		],
		default: 'trait',
		description: 'The field the entries are sorted by',
		routing: { send: { type: 'query', property: 'sortBy' } },
	},
	sortDirection('asc'),
];

/** The optional query of a list: search, sorting and sample values. */
export function listOptions(options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'List Options',
		name: 'listOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
	};
}
