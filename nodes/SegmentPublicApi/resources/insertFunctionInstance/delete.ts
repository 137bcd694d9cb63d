import type { INodeProperties } from 'n8n-workflow';
import { instanceIdField } from './fields';

export const insertFunctionInstanceDeleteDescription: INodeProperties[] = [
	instanceIdField(
		{ resource: ['insertFunctionInstance'], operation: ['delete'] },
		'The ID of the instance to delete, as listed by Get Many',
	),
];
