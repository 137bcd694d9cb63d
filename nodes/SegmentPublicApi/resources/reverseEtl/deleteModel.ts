import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const reverseEtlDeleteModelDescription: INodeProperties[] = [
	resourceLocator(
		'reverseEtlModelId',
		{ resource: ['reverseEtl'], operation: ['deleteModel'] },
		'The model to delete',
	),
];
