import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import {
	audienceTypeField,
	backfillEventDataDaysOption,
	createAudienceBody,
	filterByExternalIdsOption,
	includeHistoricalDataOption,
	queryField,
	spaceField,
	targetEntityOption,
} from './fields';

const show = { resource: ['audience'], operation: ['create'] };

export const audienceCreateDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space to create the audience in'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. High-value customers',
		description: 'The name of the audience',
		displayOptions: { show },
		routing: { send: { preSend: [createAudienceBody] } },
	},
	audienceTypeField(
		show,
		'Whom the audience holds: users (profiles), accounts, or a Linked audience on the data graph',
	),
	queryField(
		show,
		"The audience definition in Segment's query language, e.g. <code>event('Order Completed').count() >= 3</code>",
	),
	optionalFields('additionalFields', show, [
		backfillEventDataDaysOption,
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'A description of the audience',
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
		targetEntityOption,
	]),
];
