import type { INodeProperties } from 'n8n-workflow';
import { instanceIdField } from './fields';

export const insertFunctionInstanceGetDescription: INodeProperties[] = [
	instanceIdField(
		{ resource: ['insertFunctionInstance'], operation: ['get'] },
		'The ID of the instance to get, as listed by Get Many',
	),
];
