import type {
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import type { DisplayShow } from '../../shared/descriptions';
import { checkedId } from '../../shared/utils';

/** The trimmed Credential ID, or an error naming the field before anything is sent. */
export function checkedCredentialId(
	this: IExecuteSingleFunctions | IExecutePaginationFunctions,
): string {
	return checkedId(this.getNode(), this.getNodeParameter('credentialId', ''), 'Credential ID');
}

async function checkCredentialId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	checkedCredentialId.call(this);
	return requestOptions;
}

/** The Credential ID field: a plain ID, checked before sending and URL-encoded into the path. */
export function credentialIdField(show: DisplayShow, description: string): INodeProperties {
	return {
		displayName: 'Credential ID',
		name: 'credentialId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2yxBWwXgzCgJjK1W1kcbqXQ5rhY',
		description,
		displayOptions: { show },
		routing: { send: { preSend: [checkCredentialId] } },
	};
}

/** The secret settings of a credential: names in the clear, values in password fields. */
export function secretSettingsField(show: DisplayShow, description: string): INodeProperties {
	return {
		displayName: 'Secret Settings',
		name: 'secretSettings',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Secret',
		default: {},
		description,
		displayOptions: { show },
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
