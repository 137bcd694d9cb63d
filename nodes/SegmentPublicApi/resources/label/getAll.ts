import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/descriptions';

const show = { resource: ['label'], operation: ['getAll'] };

export const labelGetAllDescription: INodeProperties[] = returnAllAndLimit(show);
