import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	AUDIENCE,
	audienceIdField,
	backfillEventDataDaysOption,
	filterByExternalIdsOption,
	includeHistoricalDataOption,
	spaceField,
	updateAudienceBody,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an audience',
	description:
		'Change an audience; Segment locks it from further edits until the change applies (50 audience writes per minute)',
	routing: segmentRouting({
		method: 'PATCH',
		path: AUDIENCE,
		root: 'audience',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the audience'),
	{
		...audienceIdField('The audience to change'),
		routing: { send: { preSend: [updateAudienceBody] } },
	},
	optionalFields('updateFields', [
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

const displayOptions = { show: { resource: ['audience'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
