import type { INodeProperties } from 'n8n-workflow';
import { transformationRuleFields } from '../../shared/descriptions';
import { resourceLocatorInBody } from '../../shared/legacyFields';

const show = { resource: ['transformation'], operation: ['create'] };

export const transformationCreateDescription: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'The name of the transformation',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'name' } },
	},
	resourceLocatorInBody('sourceId', show, 'The source whose events the transformation changes'),
	{
		displayName: 'Condition (FQL)',
		name: 'if',
		type: 'string',
		required: true,
		default: '',
		placeholder: "e.g. event = 'Order Completed'",
		description:
			"The FQL statement that selects the events to transform, e.g. <code>event = 'Order Completed'</code> or <code>type = 'identify'</code>",
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'if' } },
	},
	{
		displayName: 'Enabled',
		name: 'enabled',
		type: 'boolean',
		default: true,
		description: 'Whether the transformation applies as soon as it is created',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'enabled' } },
	},
	...transformationRuleFields(show, 'additionalFields'),
];
