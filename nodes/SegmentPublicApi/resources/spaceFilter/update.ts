import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import { checkedUpdate, filterIdField, filterOptionFields, spaceField } from './fields';

const show = { resource: ['spaceFilter'], operation: ['update'] };

export const spaceFilterUpdateDescription: INodeProperties[] = [
	{
		...filterIdField(show, 'The ID of the space filter to update'),
		routing: { send: { preSend: [checkedUpdate] } },
	},
	spaceField(
		show,
		'The space the filter belongs to (Segment requires it with every update)',
		'body',
	),
	optionalFields('updateFields', show, [
		{
			displayName: 'Condition (FQL)',
			name: 'if',
			type: 'string',
			default: '',
			placeholder: "e.g. properties.environment = 'test'",
			description: 'The FQL statement that selects the events the filter applies to',
			routing: { send: { type: 'body', property: 'if' } },
		},
		...filterOptionFields(),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'The new name of the filter',
			routing: { send: { type: 'body', property: 'name' } },
		},
	]),
];
