import type { INodeProperties } from 'n8n-workflow';
import { returnAllAndLimit } from '../../shared/legacyFields';
import { simplifyCredentialField } from './simplify';

const show = { resource: ['warehouseCredential'], operation: ['getAll'] };

export const warehouseCredentialGetAllDescription: INodeProperties[] = [
	...returnAllAndLimit(show),
	simplifyCredentialField(show),
];
