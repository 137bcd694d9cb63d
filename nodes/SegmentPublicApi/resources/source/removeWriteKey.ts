import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

export const option: INodePropertyOptions = {
	name: 'Remove Write Key',
	value: 'removeWriteKey',
	action: 'Remove a write key from a source',
	description: 'Remove one of the write keys of a source, for example after a rotation',
	routing: segmentRouting({
		method: 'DELETE',
		path: '/sources/{sourceId}/writekey/{writeKey}',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('sourceId', 'The source whose write key to remove'),
	{
		displayName: 'Write Key',
		name: 'writeKey',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The write key to remove, one of the "writeKeys" of the source. Events sent with it are refused from then on.',
	},
];

const displayOptions = { show: { resource: ['source'], operation: ['removeWriteKey'] } };

export const description = updateDisplayOptions(displayOptions, properties);
