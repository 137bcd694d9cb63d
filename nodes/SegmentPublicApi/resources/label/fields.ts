import type { INodeProperties } from 'n8n-workflow';

/** The key and the value that name a label: sent in the body on create, in the path on delete. */
export function labelKeyAndValue(sentInBody: boolean): INodeProperties[] {
	const field = (
		name: string,
		displayName: string,
		bodyKey: string,
		placeholder: string,
	): INodeProperties => ({
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description: `The ${displayName.toLowerCase()} of the label`,
		...(sentInBody ? { routing: { send: { type: 'body', property: bodyKey } } } : {}),
	});
	return [
		field('labelKey', 'Key', 'label.key', 'e.g. environment'),
		field('labelValue', 'Value', 'label.value', 'e.g. prod'),
	];
}
