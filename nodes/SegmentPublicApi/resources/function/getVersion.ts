import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

const show = { resource: ['function'], operation: ['getVersion'] };

export const functionGetVersionDescription: INodeProperties[] = [
	resourceLocator('functionId', show, 'The function whose version to get'),
	{
		displayName: 'Version ID',
		name: 'versionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2UXvnZqRMk3rgXfxqQfiC6Ao6ZV',
		description: 'The ID of the version, as listed by Get Versions',
		displayOptions: { show },
	},
];
