import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { regulationCreateFields, regulationCreateRouting } from './createRegulations';

export const option: INodePropertyOptions = {
	name: 'Create',
	action: 'Create a regulation for the workspace',
	description:
		'Delete or suppress the data of people across every source of the workspace (GDPR, CCPA requests)',
	value: 'create',
	routing: regulationCreateRouting('workspace'),
};

const properties: INodeProperties[] = regulationCreateFields('workspace');

const displayOptions = { show: { resource: ['regulation'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
