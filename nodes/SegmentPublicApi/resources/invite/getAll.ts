import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';

export const inviteGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit({ resource: ['invite'], operation: ['getAll'] }),
];
