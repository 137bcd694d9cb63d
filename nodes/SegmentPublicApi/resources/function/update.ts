import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, refusingEmptyUpdate, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { functionSettingsFields } from './fields';
import { simplifyFunction } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a function',
	description: 'Change the code, settings or name of a function',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/functions/{functionId}',
		root: 'function',
		simplify: simplifyFunction,
	}),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('functionId', 'The function to update'),
	optionalFields('updateFields', [
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
	...functionSettingsFields(true),
]);

const displayOptions = { show: { resource: ['function'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
