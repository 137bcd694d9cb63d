import type { INodeProperties } from 'n8n-workflow';
import { credentialIdField } from './fields';

export const warehouseCredentialDeleteDescription: INodeProperties[] = [
	credentialIdField(
		{ resource: ['warehouseCredential'], operation: ['delete'] },
		'The credential to delete. Segment refuses while a warehouse or source still uses it.',
	),
];
