import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	AUDIENCES,
	audienceTypeField,
	backfillEventDataDaysOption,
	createAudienceBody,
	filterByExternalIdsOption,
	includeHistoricalDataOption,
	queryField,
	spaceField,
	targetEntityOption,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an audience',
	description:
		'Create an audience in a space from a query definition (Segment allows 50 audience writes per minute)',
	routing: segmentRouting({
		method: 'POST',
		path: AUDIENCES,
		root: 'audience',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space to create the audience in'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. High-value customers',
		description: 'The name of the audience',
		routing: { send: { preSend: [createAudienceBody] } },
	},
	audienceTypeField(
		'Whom the audience holds: users (profiles), accounts, or a Linked audience on the data graph',
	),
	queryField(
		"The audience definition in Segment's query language, e.g. <code>event('Order Completed').count() >= 3</code>",
	),
	optionalFields('additionalFields', [
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

const displayOptions = { show: { resource: ['audience'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
