import type { INodeProperties } from 'n8n-workflow';
import { resourceLocator } from '../../shared/descriptions';

/**
 * The credential, picked from the workspace's warehouse credentials or given by ID; checked and
 * URL-encoded into the path (see `resolveId`).
 */
export function credentialIdField(description: string): INodeProperties {
	return resourceLocator('credentialId', description);
}

/** The secret settings of a credential: names in the clear, values in password fields. */
export function secretSettingsField(description: string): INodeProperties {
	return {
		displayName: 'Secret Settings',
		name: 'secretSettings',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Secret',
		default: {},
		description,
		options: [
			{
				displayName: 'Secret',
				name: 'secret',
				values: [
					{
						displayName: 'Name',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'e.g. password',
						description:
							'The key of the setting, as the credential type names it, e.g. password or privateKey',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						typeOptions: { password: true },
						default: '',
						description: 'The secret itself. It is never shown in the output or in errors.',
					},
				],
			},
		],
	};
}
