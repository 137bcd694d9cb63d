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
	filterByExternalIdsOption,
	previewBody,
	queryField,
	spaceField,
	targetEntityOption,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Create Preview',
	value: 'createPreview',
	action: 'Create an audience preview',
	description:
		'Start computing a sample of the members of a definition; read it with Get Preview (Segment allows 5 per minute and 700 per month per space)',
	routing: segmentRouting({
		method: 'POST',
		path: `${AUDIENCES}/previews`,
		root: 'audiencePreview',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space to preview the audience in'),
	{
		...audienceTypeField('Whom the previewed audience holds'),
		routing: { send: { preSend: [previewBody] } },
	},
	queryField("The definition to preview, in Segment's query language"),
	optionalFields('additionalFields', [
		backfillEventDataDaysOption,
		filterByExternalIdsOption,
		targetEntityOption,
	]),
];

const displayOptions = { show: { resource: ['audience'], operation: ['createPreview'] } };

export const description = updateDisplayOptions(displayOptions, properties);
