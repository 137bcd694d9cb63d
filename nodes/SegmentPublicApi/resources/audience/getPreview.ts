import type { INodeProperties } from 'n8n-workflow';
import { spaceField } from './fields';

const show = { resource: ['audience'], operation: ['getPreview'] };

export const audienceGetPreviewDescription: INodeProperties[] = [
	spaceField(show, 'The Engage space of the preview'),
	{
		displayName: 'Preview ID',
		name: 'previewId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2Xc5pVqYyAf7s6jTnRt3hQkLbWm',
		description: 'The ID that Create Preview returned',
		displayOptions: { show },
	},
];
