import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['label'], operation: ['getAll'] };

export const labelGetAllDescription: INodeProperties[] = returnAllAndLimit(show);
