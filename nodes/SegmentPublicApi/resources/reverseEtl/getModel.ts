import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/legacyFields';

export const reverseEtlGetModelDescription: INodeProperties[] = [
	resourceLocator(
		'reverseEtlModelId',
		{ resource: ['reverseEtl'], operation: ['getModel'] },
		'The model to get',
	),
];
