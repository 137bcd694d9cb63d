import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import {
	audienceTypeField,
	backfillEventDataDaysOption,
	filterByExternalIdsOption,
	previewBody,
	queryField,
	spaceField,
	targetEntityOption,
} from './fields';

const show = { resource: ['audience'], operation: ['createPreview'] };

export const audienceCreatePreviewDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space to preview the audience in'),
	{
		...audienceTypeField(show, 'Whom the previewed audience holds'),
		routing: { send: { preSend: [previewBody] } },
	},
	queryField(show, "The definition to preview, in Segment's query language"),
	optionalFields('additionalFields', show, [
		backfillEventDataDaysOption,
		filterByExternalIdsOption,
		targetEntityOption,
	]),
];
