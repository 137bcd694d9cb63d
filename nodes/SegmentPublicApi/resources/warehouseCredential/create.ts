import type { INodeProperties } from 'n8n-workflow';
import { secretSettingsField } from './fields';

const show = { resource: ['warehouseCredential'], operation: ['create'] };

export const warehouseCredentialCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Snowflake production',
		description: 'A name for the credential, shown in the Segment app',
		displayOptions: { show },
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
		displayOptions: { show },
	},
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'json',
		default: '{}',
		description:
			'The settings of the type that are not secret, e.g. {"account": "acme-xy12345", "user": "SEGMENT_USER", "warehouse": "SEGMENT_WH"}. Passwords and keys go in "Secret Settings".',
		displayOptions: { show },
	},
	secretSettingsField(
		show,
		'The secret settings of the type, e.g. password or privateKey. Their values are hidden in the editor and never shown in the output or in errors.',
	),
];
