import type { INodeProperties } from 'n8n-workflow';
import { versionIdField } from '../../shared/descriptions';
import { resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['getVersion'] };

export const functionGetVersionDescription: INodeProperties[] = [
	resourceLocator('functionId', show, 'The function whose version to get'),
	versionIdField(show, 'The ID of the version, as listed by Get Versions'),
];
