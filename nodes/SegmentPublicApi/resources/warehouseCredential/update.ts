import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { credentialIdField, secretSettingsField } from './fields';
import { credentialWriteRouting } from './write';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a warehouse credential',
	description:
		'Change the name or settings of a credential; every warehouse that uses it is affected at once',
	routing: credentialWriteRouting('update'),
};

const properties: INodeProperties[] = [
	credentialIdField('The credential to change. Every warehouse that uses it is affected at once.'),
	optionalFields('updateFields', [
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
		'The secret settings to change, e.g. a new password. Their values are hidden in the editor and never shown in the output or in errors.',
	),
];

const displayOptions = { show: { resource: ['warehouseCredential'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
