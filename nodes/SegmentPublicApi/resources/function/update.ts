import type { INodeProperties } from 'n8n-workflow';
import { functionSettingsFields, refusingEmptyUpdate } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['function'], operation: ['update'] };

export const functionUpdateDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('functionId', show, 'The function to update'),
	optionalFields('updateFields', show, [
		{
			displayName: 'Code',
			name: 'code',
			type: 'string',
			typeOptions: { editor: 'jsEditor', rows: 12 },
			default: '',
			description: 'The new JavaScript code of the function',
			routing: { send: { type: 'body', property: 'code' } },
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the function does',
			routing: { send: { type: 'body', property: 'description' } },
		},
		{
			displayName: 'Display Name',
			name: 'displayName',
			type: 'string',
			default: '',
			description: 'The name of the function in the Segment app',
			routing: { send: { type: 'body', property: 'displayName' } },
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
	...functionSettingsFields(show, true),
]);
