import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';

export const reverseEtlGetAllModelsDescription: INodeProperties[] = returnAllAndLimit({
	resource: ['reverseEtl'],
	operation: ['getAllModels'],
});
