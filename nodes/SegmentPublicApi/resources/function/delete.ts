import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

export const functionDeleteDescription: INodeProperties[] = [
	resourceLocator(
		'functionId',
		{ resource: ['function'], operation: ['delete'] },
		'The function to delete',
	),
];
