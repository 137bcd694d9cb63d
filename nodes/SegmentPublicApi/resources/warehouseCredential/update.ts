import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import { credentialIdField, secretSettingsField } from './fields';

const show = { resource: ['warehouseCredential'], operation: ['update'] };

export const warehouseCredentialUpdateDescription: INodeProperties[] = [
	credentialIdField(
		show,
		'The credential to change. Every warehouse that uses it is affected at once.',
	),
	optionalFields('updateFields', show, [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'The new name of the credential',
		},
		{
			displayName: 'Settings',
			name: 'settings',
			type: 'json',
			default: '{}',
			description:
				'The settings to change, not secret; the others are kept. The type cannot be changed. Passwords and keys go in "Secret Settings".',
		},
	]),
	secretSettingsField(
		show,
		'The secret settings to change, e.g. a new password. Their values are hidden in the editor and never shown in the output or in errors.',
	),
];
