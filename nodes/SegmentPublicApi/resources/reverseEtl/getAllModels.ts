import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';

export const reverseEtlGetAllModelsDescription: INodeProperties[] = returnAllAndLimit({
	resource: ['reverseEtl'],
	operation: ['getAllModels'],
});
