import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { functionField } from './fields';

const show = { resource: ['insertFunctionInstance'], operation: ['getAll'] };

export const insertFunctionInstanceGetAllDescription: INodeProperties[] = [
	functionField(show, 'The insert function whose instances to list', 'query'),
	...returnAllAndLimit(show),
];
