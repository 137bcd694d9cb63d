import type { INodeProperties } from 'n8n-workflow';
import { labelKeyAndValue } from './fields';

const show = { resource: ['label'], operation: ['delete'] };

export const labelDeleteDescription: INodeProperties[] = labelKeyAndValue(show, false);
