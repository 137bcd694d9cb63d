import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const destinationDeleteDescription: INodeProperties[] = [
	resourceLocator(
		'destinationId',
		{ resource: ['destination'], operation: ['delete'] },
		'The destination to delete',
	),
];
