import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { regulationCreateFields, regulationCreateRouting } from './createRegulations';

export const option: INodePropertyOptions = {
	name: 'Create for Cloud Source',
	action: 'Create a regulation for a cloud source',
	description: 'Delete or suppress objects of one cloud source collection',
	value: 'createForCloudSource',
	routing: regulationCreateRouting('cloudSource'),
};

const properties: INodeProperties[] = regulationCreateFields('cloudSource');

const displayOptions = { show: { resource: ['regulation'], operation: ['createForCloudSource'] } };

export const description = updateDisplayOptions(displayOptions, properties);
