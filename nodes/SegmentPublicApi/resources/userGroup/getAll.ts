import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';

export const userGroupGetAllDescription: INodeProperties[] = returnAllAndLimit({
	resource: ['userGroup'],
	operation: ['getAll'],
});
