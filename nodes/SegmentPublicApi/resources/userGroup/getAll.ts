import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';

export const userGroupGetAllDescription: INodeProperties[] = returnAllAndLimit({
	resource: ['userGroup'],
	operation: ['getAll'],
});
