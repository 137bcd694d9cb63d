import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

const show = { resource: ['function'], operation: ['restoreVersion'] };

export const functionRestoreVersionDescription: INodeProperties[] = [
	resourceLocator('functionId', show, 'The function whose version to restore'),
	{
		displayName: 'Version ID',
		name: 'versionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2UXvnZqRMk3rgXfxqQfiC6Ao6ZV',
		description: 'The ID of the version to make current, as listed by Get Versions',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'versionId' } },
	},
];
