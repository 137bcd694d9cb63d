import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields, requiredTextBody } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { filterOptionFields, simplifySpaceFilter, spaceField } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a space filter',
	description: 'Create a filter for the events of every source connected to a space',
	routing: segmentRouting({
		method: 'POST',
		path: '/filters',
		root: 'filter',
		version: 'v1beta',
		simplify: simplifySpaceFilter,
	}),
};

const properties: INodeProperties[] = [
	spaceField('The space whose incoming events the filter applies to', 'body'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Drop test events',
		description: 'The name of the filter',
		routing: { send: { preSend: [requiredTextBody('name', 'Name')] } },
	},
	{
		displayName: 'Condition (FQL)',
		name: 'if',
		type: 'string',
		required: true,
		default: '',
		placeholder: "e.g. properties.environment = 'test'",
		description:
			"The FQL statement that selects the events the filter applies to, e.g. <code>event = 'Test Event'</code>",
		routing: { send: { preSend: [requiredTextBody('if', 'Condition (FQL)')] } },
	},
	optionalFields('additionalFields', filterOptionFields()),
];

const displayOptions = { show: { resource: ['spaceFilter'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
