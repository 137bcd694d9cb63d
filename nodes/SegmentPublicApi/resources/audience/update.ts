import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import {
	audienceIdField,
	backfillEventDataDaysOption,
	filterByExternalIdsOption,
	includeHistoricalDataOption,
	spaceField,
	updateAudienceBody,
} from './fields';

const show = { resource: ['audience'], operation: ['update'] };

export const audienceUpdateDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the audience'),
	{
		...audienceIdField(show, 'The audience to change'),
		routing: { send: { preSend: [updateAudienceBody] } },
	},
	optionalFields('updateFields', show, [
		backfillEventDataDaysOption,
		{
			displayName: 'Definition (Query)',
			name: 'query',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: "e.g. event('Order Completed').count() >= 5",
			description:
				"The new definition in Segment's query language; Segment locks the audience from further edits until it is applied",
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'The new description',
		},
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether Segment computes the audience',
		},
		filterByExternalIdsOption,
		includeHistoricalDataOption,
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'The new name',
		},
	]),
];
