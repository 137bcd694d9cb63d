import type { INodeProperties } from 'n8n-workflow';
import { versionIdField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['restoreVersion'] };

export const functionRestoreVersionDescription: INodeProperties[] = [
	resourceLocator('functionId', show, 'The function whose version to restore'),
	{
		...versionIdField(show, 'The ID of the version to make current, as listed by Get Versions'),
		routing: { send: { type: 'body', property: 'versionId' } },
	},
];
