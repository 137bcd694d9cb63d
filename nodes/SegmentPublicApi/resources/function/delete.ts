import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const functionDeleteDescription: INodeProperties[] = [
	resourceLocator(
		'functionId',
		{ resource: ['function'], operation: ['delete'] },
		'The function to delete',
	),
];
