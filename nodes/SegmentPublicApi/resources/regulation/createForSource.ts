import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { regulationCreateFields, regulationCreateRouting } from './createRegulations';

export const option: INodePropertyOptions = {
	name: 'Create for Source',
	action: 'Create a regulation for a source',
	description: 'Delete or suppress the data of people in one source',
	value: 'createForSource',
	routing: regulationCreateRouting('source'),
};

const properties: INodeProperties[] = regulationCreateFields('source');

const displayOptions = { show: { resource: ['regulation'], operation: ['createForSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
