import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const transformationDeleteDescription: INodeProperties[] = [
	resourceLocator(
		'transformationId',
		{ resource: ['transformation'], operation: ['delete'] },
		'The transformation to delete',
	),
];
