import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { functionSettingsFields, functionTypeField } from './fields';
import { simplifyFunction } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a function',
	description: 'Create a source, destination or insert function',
	routing: segmentRouting({
		method: 'POST',
		path: '/functions',
		root: 'function',
		simplify: simplifyFunction,
	}),
};

const properties: INodeProperties[] = [
	{
		...functionTypeField('The kind of function to create'),
		routing: { send: { type: 'body', property: 'resourceType' } },
	},
	{
		displayName: 'Display Name',
		name: 'displayName',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the function in the Segment app',
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
		routing: { send: { type: 'body', property: 'code' } },
	},
	...functionSettingsFields(),
	optionalFields('additionalFields', [
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

const displayOptions = { show: { resource: ['function'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
