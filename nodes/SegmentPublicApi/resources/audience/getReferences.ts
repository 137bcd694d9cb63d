import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import {
	audienceIdField,
	searchFilters,
	simplifyAudienceField,
	sortQuery,
	spaceField,
} from './fields';

const show = { resource: ['audience'], operation: ['getReferences'] };

export const audienceGetReferencesDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	audienceIdField(show, 'The audience whose consumers to list'),
	...returnAllAndLimit(show),
	searchFilters(show, 'consumers'),
	{
		displayName: 'Sort',
		name: 'sort',
		type: 'collection',
		placeholder: 'Add Sort',
		default: {},
		displayOptions: { show },
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
	simplifyAudienceField(show),
];
