import {
	NodeOperationError,
	type IDataObject,
	type IExecuteSingleFunctions,
	type IHttpRequestOptions,
	type INodeProperties,
} from 'n8n-workflow';
import { listInputField } from '../../shared/descriptions';
import { FUNCTION_TYPES } from '../../shared/lists';
import { parseJson } from '../../shared/utils';

export function functionTypeField(description: string): INodeProperties {
	return {
		displayName: 'Function Type',
		name: 'resourceType',
		type: 'options',
		options: FUNCTION_TYPES,
		required: true,
		default: 'SOURCE',
		description,
	};
}

interface FunctionSettingInput {
	name?: string;
	label?: string;
	description?: string;
	type?: string;
	required?: boolean;
	sensitive?: boolean;
}

/** Puts the function settings of the chosen input (fields or JSON) into the body. */
async function functionSettingsBody(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const input = this.getNodeParameter('settingsInput', 'unchanged') as string;
	const body = (requestOptions.body ?? {}) as IDataObject;
	if (input === 'json') {
		const parsed = parseJson(
			this.getNode(),
			this.getNodeParameter('settingsJson', '[]'),
			'Settings (JSON)',
			{ empty: undefined },
		);
		if (!Array.isArray(parsed) || parsed.some((entry) => !entry || typeof entry !== 'object')) {
			throw new NodeOperationError(
				this.getNode(),
				'The field "Settings (JSON)" must be a JSON array of settings',
				{
					description:
						'Enter e.g. [{"name": "apiKey", "label": "API Key", "type": "STRING", "required": true, "sensitive": true, "description": ""}]',
				},
			);
		}
		body.settings = parsed as IDataObject[];
	} else if (input === 'fields') {
		const settings = this.getNodeParameter(
			'functionSettings.setting',
			[],
		) as FunctionSettingInput[];
		body.settings = settings.map((setting) => ({
			name: setting.name ?? '',
			label: setting.label ?? '',
			description: setting.description ?? '',
			type: setting.type ?? 'STRING',
			required: setting.required ?? false,
			sensitive: setting.sensitive ?? false,
		}));
	}
	requestOptions.body = body;
	return requestOptions;
}

/** The settings a function declares: entered as fields, or as a JSON array (also from an expression). */
export function functionSettingsFields(keepable = false): INodeProperties[] {
	return [
		listInputField({
			displayName: 'Settings Input',
			name: 'settingsInput',
			description: 'How to enter the settings the function declares (its configuration fields)',
			preSend: functionSettingsBody,
			keepLabel: keepable ? 'Keep Current Settings' : undefined,
		}),
		{
			displayName: 'Settings',
			name: 'functionSettings',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Setting',
			default: {},
			displayOptions: { show: { settingsInput: ['fields'] } },
			options: [
				{
					displayName: 'Setting',
					name: 'setting',
					values: [
						{
							displayName: 'Description',
							name: 'description',
							type: 'string',
							default: '',
							description: 'Help text shown in the Segment app',
						},
						{
							displayName: 'Label',
							name: 'label',
							type: 'string',
							default: '',
							placeholder: 'e.g. API Key',
							description: 'The label shown in the Segment app',
						},
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. apiKey',
							description: 'The key the code reads from `settings`',
						},
						{
							displayName: 'Required',
							name: 'required',
							type: 'boolean',
							default: false,
							description: 'Whether each instance of the function must set it',
						},
						{
							displayName: 'Sensitive',
							name: 'sensitive',
							type: 'boolean',
							default: false,
							description: 'Whether the value is a secret that Segment censors',
						},
						{
							displayName: 'Type',
							name: 'type',
							type: 'options',
							options: [
								{
									name: 'Array',
									value: 'ARRAY',
								},
								{
									name: 'Boolean',
									value: 'BOOLEAN',
								},
								{
									name: 'String',
									value: 'STRING',
								},
								{
									name: 'Text Map',
									value: 'TEXT_MAP',
								},
							],
							default: 'STRING',
							description: 'The kind of value the setting holds',
						},
					],
				},
			],
		},
		{
			displayName: 'Settings (JSON)',
			name: 'settingsJson',
			type: 'json',
			default: '[]',
			description:
				'The settings as a JSON array of {name, label, description, type, required, sensitive}',
			displayOptions: { show: { settingsInput: ['json'] } },
		},
	];
}

export function versionIdField(description: string): INodeProperties {
	return {
		displayName: 'Version ID',
		name: 'versionId',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 2UXvnZqRMk3rgXfxqQfiC6Ao6ZV',
		description,
	};
}
