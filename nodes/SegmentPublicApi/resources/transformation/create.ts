import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { resourceLocatorInBody } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { transformationRuleFields } from './fields';
import { simplifyTransformation } from './simplify';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a transformation',
	description: "Create a transformation of a source's events",
	routing: segmentRouting({
		method: 'POST',
		path: '/transformations',
		root: 'transformation',
		simplify: simplifyTransformation,
	}),
};

const properties: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the transformation',
		routing: { send: { type: 'body', property: 'name' } },
	},
	resourceLocatorInBody('sourceId', 'The source whose events the transformation changes'),
	{
		displayName: 'Condition (FQL)',
		name: 'if',
		type: 'string',
		required: true,
		default: '',
		placeholder: "e.g. event = 'Order Completed'",
		description:
			"The FQL statement that selects the events to transform, e.g. <code>event = 'Order Completed'</code> or <code>type = 'identify'</code>",
		routing: { send: { type: 'body', property: 'if' } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the transformation applies as soon as it is created',
		routing: { send: { type: 'body', property: 'enabled' } },
	},
	...transformationRuleFields('additionalFields'),
];

const displayOptions = { show: { resource: ['transformation'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
