import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

const create = { resource: ['source'], operation: ['createWriteKey'] };
const remove = { resource: ['source'], operation: ['removeWriteKey'] };

export const sourceCreateWriteKeyDescription: INodeProperties[] = [
	resourceLocator('sourceId', create, 'The source to give a new write key'),
];

export const sourceRemoveWriteKeyDescription: INodeProperties[] = [
	resourceLocator('sourceId', remove, 'The source whose write key to remove'),
	{
		displayName: 'Write Key',
		name: 'writeKey',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description:
			'The write key to remove, one of the "writeKeys" of the source. Events sent with it are refused from then on.',
		displayOptions: { show: remove },
	},
];
