import type { INodeProperties } from 'n8n-workflow';
import { filterIdField } from './fields';

export const spaceFilterDeleteDescription: INodeProperties[] = [
	filterIdField(
		{ resource: ['spaceFilter'], operation: ['delete'] },
		'The ID of the space filter to delete',
	),
];
