import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';

const show = { resource: ['regulation'], operation: ['getSuppressions'] };

export const regulationGetSuppressionsDescription: INodeProperties[] = returnAllAndLimit(show);
