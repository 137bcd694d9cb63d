import type { INodeProperties } from 'n8n-workflow';
import { functionSettingsFields, functionTypeField } from '../../shared/descriptions';
import { optionalFields } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['create'] };

export const functionCreateDescription: INodeProperties[] = [
	{
		...functionTypeField(show, 'The kind of function to create'),
		routing: { send: { type: 'body', property: 'resourceType' } },
	},
	{
		displayName: 'Display Name',
		name: 'displayName',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the function in the Segment app',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'displayName' } },
	},
	{
		displayName: 'Code',
		name: 'code',
		type: 'string',
		typeOptions: { editor: 'jsEditor', rows: 12 },
		required: true,
		default: 'async function onTrack(event, settings) {\n  // your code\n}\n',
		description: 'The JavaScript code of the function',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'code' } },
	},
	...functionSettingsFields(show),
	optionalFields('additionalFields', show, [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the function does',
			routing: { send: { type: 'body', property: 'description' } },
		},
		{
			displayName: 'Logo URL',
			name: 'logoUrl',
			type: 'string',
			default: '',
			description: 'URL of a logo shown for the function',
			routing: { send: { type: 'body', property: 'logoUrl' } },
		},
	]),
];
