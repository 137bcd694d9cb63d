import type { INodeProperties } from 'n8n-workflow';
import { requiredTextBody } from '../../shared/descriptions';
import { optionalFields } from '../../shared/legacyFields';
import { filterOptionFields, spaceField } from './fields';

const show = { resource: ['spaceFilter'], operation: ['create'] };

export const spaceFilterCreateDescription: INodeProperties[] = [
	spaceField(show, 'The space whose incoming events the filter applies to', 'body'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Drop test events',
		description: 'The name of the filter',
		displayOptions: { show },
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
		displayOptions: { show },
		routing: { send: { preSend: [requiredTextBody('if', 'Condition (FQL)')] } },
	},
	optionalFields('additionalFields', show, filterOptionFields()),
];
