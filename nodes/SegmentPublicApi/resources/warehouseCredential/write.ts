import {
	NodeOperationError,
	type IDataObject,
	type IExecutePaginationFunctions,
	type INodePropertyRouting,
} from 'n8n-workflow';
import { customRouting } from '../../shared/routing';
import { SECRET_KEY } from '../../shared/secrets';
import { segmentApiRequest } from '../../shared/transport';
import { findCensoredValue, parseJsonObject, refuseCensoredValues } from '../../shared/utils';

interface SecretEntry {
	key?: unknown;
	value?: unknown;
}

interface CredentialInput {
	body: IDataObject;
	/** The secret values sent, to be kept out of the output and of errors. */
	secrets: string[];
}

/**
 * The settings of the Settings field: a JSON object without secrets (they belong in "Secret
 * Settings") and without Segment's censor mask unless allowed.
 */
function plainSettings(this: IExecutePaginationFunctions, value: unknown): IDataObject {
	const node = this.getNode();
	const settings = parseJsonObject(node, value, 'Settings');
	const allowCensored = this.getNodeParameter('options.allowCensoredValues', false) === true;
	refuseCensoredValues(node, settings, 'Settings', allowCensored);
	for (const [key, setting] of Object.entries(settings)) {
		const holdsValue =
			(typeof setting === 'string' && setting !== '') ||
			(setting !== null && typeof setting === 'object');
		if (holdsValue && SECRET_KEY.test(key) && !findCensoredValue(setting)) {
			throw new NodeOperationError(node, `The field "Settings" holds the secret "${key}"`, {
				description: `Remove "${key}" from "Settings" and add it under "Secret Settings", where its value is hidden in the editor and kept out of the output and errors.`,
			});
		}
	}
	return settings;
}

/** The entries of "Secret Settings", checked: each named once, with a value, and not set in Settings too. */
function secretSettings(this: IExecutePaginationFunctions, settings: IDataObject): IDataObject {
	const node = this.getNode();
	const entries = this.getNodeParameter('secretSettings.secret', []) as SecretEntry[];
	const allowCensored = this.getNodeParameter('options.allowCensoredValues', false) === true;
	const secrets: IDataObject = {};
	for (const entry of entries) {
		const key = typeof entry.key === 'string' ? entry.key.trim() : '';
		if (!key) {
			throw new NodeOperationError(
				node,
				'The field "Secret Settings" has a secret without a name',
				{
					description: 'Enter the key of each secret, e.g. password or privateKey.',
				},
			);
		}
		if (key in secrets || key in settings) {
			throw new NodeOperationError(node, `The secret "${key}" is given twice`, {
				description: `"${key}" is set more than once in "Secret Settings" and "Settings"; keep one.`,
			});
		}
		if (typeof entry.value !== 'string' || entry.value === '') {
			throw new NodeOperationError(node, `The secret "${key}" in "Secret Settings" is empty`, {
				description: 'Enter its value, or remove the secret.',
			});
		}
		refuseCensoredValues(node, { [key]: entry.value }, 'Secret Settings', allowCensored);
		secrets[key] = entry.value;
	}
	return secrets;
}

/** The values to keep out of the output and errors; Segment's mask, sent when allowed, is no secret. */
function secretValues(secrets: IDataObject): string[] {
	return (Object.values(secrets) as string[]).filter((value) => !findCensoredValue(value));
}

function createInput(this: IExecutePaginationFunctions): CredentialInput {
	const node = this.getNode();
	const name = String(this.getNodeParameter('name', '') ?? '').trim();
	if (!name) {
		throw new NodeOperationError(node, 'The field "Name" is empty', {
			description: 'Enter a name for the credential, e.g. Snowflake production.',
		});
	}
	const type = String(this.getNodeParameter('credentialType', '') ?? '').trim();
	if (!type) {
		throw new NodeOperationError(node, 'The field "Credential Type" is empty', {
			description: 'Enter the kind of warehouse the credential connects to, e.g. Snowflake.',
		});
	}
	const settings = plainSettings.call(this, this.getNodeParameter('settings', '{}'));
	if (settings.type !== undefined && settings.type !== type) {
		throw new NodeOperationError(
			node,
			'The field "Settings" sets "type" to another value than "Credential Type"',
			{ description: 'Remove "type" from "Settings"; the field "Credential Type" sets it.' },
		);
	}
	const secrets = secretSettings.call(this, settings);
	return {
		body: { name, settings: { ...settings, ...secrets, type } },
		secrets: secretValues(secrets),
	};
}

function updateInput(this: IExecutePaginationFunctions): CredentialInput {
	const node = this.getNode();
	const fields = this.getNodeParameter('updateFields', {}) as IDataObject;
	const body: IDataObject = {};
	if (fields.name !== undefined) {
		const name = String(fields.name ?? '').trim();
		if (!name) {
			throw new NodeOperationError(node, 'The field "Name" is empty', {
				description: 'Enter the new name, or remove the field from "Update Fields".',
			});
		}
		body.name = name;
	}
	const settings =
		fields.settings !== undefined ? plainSettings.call(this, fields.settings) : undefined;
	const secrets = secretSettings.call(this, settings ?? {});
	const merged = { ...(settings ?? {}), ...secrets };
	if (Object.keys(merged).length > 0) body.settings = merged;
	if (Object.keys(body).length === 0) {
		throw new NodeOperationError(node, 'Nothing to update', {
			description:
				'Add a name or settings under "Update Fields", or a secret under "Secret Settings".',
		});
	}
	return { body, secrets: secretValues(secrets) };
}

/**
 * Routing of Create and Update: the body is built and checked here, and every secret sent is kept
 * out of the output and of any error, whatever Segment answers.
 */
export function credentialWriteRouting(kind: 'create' | 'update'): INodePropertyRouting {
	const method = kind === 'create' ? 'POST' : 'PATCH';
	const url = kind === 'create' ? '/credentials' : '/credentials/{credentialId}';
	return customRouting(method, url, async function (policy, _requestData, tools) {
		const path = await tools.path();
		const { body, secrets } = kind === 'create' ? createInput.call(this) : updateInput.call(this);
		const data = await segmentApiRequest.call(this, { method, path, body, secrets, ...policy });
		return [{ json: (data.credential as IDataObject | undefined) ?? {} }];
	});
}
