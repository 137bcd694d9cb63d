import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	AUDIENCE,
	audienceIdField,
	searchFilters,
	simplifyAudienceField,
	sortQuery,
	spaceField,
} from './fields';
import { simplifyAudience } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Get References',
	value: 'getReferences',
	action: 'Get the consumers of an audience',
	description:
		'List the audiences that reference an audience (alpha; Segment allows 25 per minute)',
	routing: segmentRouting({
		method: 'GET',
		path: `${AUDIENCE}/audience-references`,
		root: 'audiences',
		list: true,
		simplify: simplifyAudience,
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	audienceIdField('The audience whose consumers to list'),
	...returnAllAndLimit(),
	searchFilters('consumers'),
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort',
		default: {},
		routing: { send: { preSend: [sortQuery] } },
		options: [
			{
				displayName: 'Direction',
				name: 'direction',
				type: 'options',
				options: [
					{ name: 'Ascending', value: 'ASC' },
					{ name: 'Descending', value: 'DESC' },
				],
				default: 'ASC',
				description: 'The order of the sort',
			},
			{
				displayName: 'Field',
				name: 'field',
				type: 'options',
				options: [
					{ name: 'Created At', value: 'CREATED_AT' },
					{ name: 'Name', value: 'NAME' },
					{ name: 'Updated At', value: 'UPDATED_AT' },
				],
				default: 'NAME',
				description: 'The field the consumers are sorted by',
			},
		],
	},
	simplifyAudienceField(),
];

const displayOptions = { show: { resource: ['audience'], operation: ['getReferences'] } };

export const description = updateDisplayOptions(displayOptions, properties);
