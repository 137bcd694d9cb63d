import type { INodeProperties } from 'n8n-workflow';
import { listQuery } from '../../shared/descriptions';

const STATUSES = [
	'FAILED',
	'FINISHED',
	'INITIALIZED',
	'INVALID',
	'NOT_SUPPORTED',
	'PARTIAL_SUCCESS',
	'RUNNING',
];

const REGULATION_TYPES = [
	['Delete (Segment and Destinations)', 'DELETE_ONLY'],
	['Delete (Segment Only)', 'DELETE_INTERNAL'],
	['Delete From Archive Only', 'DELETE_ARCHIVE_ONLY'],
	['Suppress', 'SUPPRESS_ONLY'],
	['Suppress and Delete (Segment and Destinations)', 'SUPPRESS_WITH_DELETE'],
	['Suppress and Delete (Segment Only)', 'SUPPRESS_WITH_DELETE_INTERNAL'],
	['Unsuppress', 'UNSUPPRESS'],
];

const titleCase = (status: string) =>
	status
		.toLowerCase()
		.split('_')
		.map((word) => word[0].toUpperCase() + word.slice(1))
		.join(' ');

/** The Filters of Get Many and Get Many for Source. */
export const regulationFilters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Regulation Types',
			name: 'regulationTypes',
			type: 'multiOptions',
			options: REGULATION_TYPES.map(([name, value]) => ({ name, value })),
			default: [],
			description: 'Only regulations of these types',
			routing: {
				send: { preSend: [listQuery('filters.regulationTypes', 'regulationTypes')] },
			},
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: STATUSES.map((status) => ({ name: titleCase(status), value: status })),
			default: 'FINISHED',
			description: 'Only regulations in this state',
			routing: { send: { type: 'query', property: 'status' } },
		},
	],
};
