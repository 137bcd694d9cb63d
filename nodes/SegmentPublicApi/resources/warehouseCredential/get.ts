import type { INodeProperties } from 'n8n-workflow';
import { credentialIdField } from './fields';
import { simplifyCredentialField } from './simplify';

const show = { resource: ['warehouseCredential'], operation: ['get'] };

export const warehouseCredentialGetDescription: INodeProperties[] = [
	credentialIdField(show, 'The credential to get'),
	simplifyCredentialField(show),
];
