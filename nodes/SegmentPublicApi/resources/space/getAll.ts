import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';

export const spaceGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit({ resource: ['space'], operation: ['getAll'] }),
];
