import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { secretSettingsField } from './fields';
import { credentialWriteRouting } from './write';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a warehouse credential',
	description:
		'Create a reusable credential that warehouses and sources can connect with; secrets are never shown back',
	routing: credentialWriteRouting('create'),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Snowflake production',
		description: 'A name for the credential, shown in the Segment app',
	},
	{
		displayName: 'Credential Type',
		name: 'credentialType',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Snowflake',
		description:
			'The kind of warehouse the credential connects to, as Segment names it (sent as settings.type), e.g. Snowflake or Redshift. It cannot be changed later.',
	},
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'json',
		default: '{}',
		description:
			'The settings of the type that are not secret, e.g. {"account": "acme-xy12345", "user": "SEGMENT_USER", "warehouse": "SEGMENT_WH"}. Passwords and keys go in "Secret Settings".',
	},
	secretSettingsField(
		'The secret settings of the type, e.g. password or privateKey. Their values are hidden in the editor and never shown in the output or in errors.',
	),
];

const displayOptions = { show: { resource: ['warehouseCredential'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
