import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

export const sourceDeleteDescription: INodeProperties[] = [
	resourceLocator(
		'sourceId',
		{ resource: ['source'], operation: ['delete'] },
		'The source to delete',
	),
];
