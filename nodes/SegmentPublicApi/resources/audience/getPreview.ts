import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { segmentRouting } from '../../shared/routing';
import { AUDIENCES, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Preview',
	value: 'getPreview',
	action: 'Get an audience preview',
	description:
		'Read the status, size and sampled members of a preview (Segment allows 300 per minute)',
	routing: segmentRouting({
		method: 'GET',
		path: `${AUDIENCES}/previews/{previewId}`,
		root: 'audiencePreview',
	}),
};

const properties: INodeProperties[] = [
	spaceField('The Engage space of the preview'),
	{
		displayName: 'Preview ID',
		name: 'previewId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2Xc5pVqYyAf7s6jTnRt3hQkLbWm',
		description: 'The ID that Create Preview returned',
	},
];

const displayOptions = { show: { resource: ['audience'], operation: ['getPreview'] } };

export const description = updateDisplayOptions(displayOptions, properties);
