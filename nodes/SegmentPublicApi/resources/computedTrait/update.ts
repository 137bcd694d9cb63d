import type { INodeProperties } from 'n8n-workflow';
import { enabledField } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import { checkedUpdate, computedTraitIdField, DEFINITION_TYPES, QUERY_PLACEHOLDER } from './fields';

const show = { resource: ['computedTrait'], operation: ['update'] };

export const computedTraitUpdateDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space of the computed trait'),
	{
		...computedTraitIdField(show, 'The computed trait to update'),
		routing: { send: { preSend: [checkedUpdate] } },
	},
	optionalFields('updateFields', show, [
		{
			displayName: 'Definition Type',
			name: 'definitionType',
			type: 'options',
			options: DEFINITION_TYPES,
			default: 'USERS',
			description: 'Whether the trait is computed for users or for accounts; give it with "Query"',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the computed trait measures',
			routing: { send: { type: 'body', property: 'description' } },
		},
		enabledField('Whether Segment computes the trait'),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'The new name of the computed trait',
		},
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			placeholder: QUERY_PLACEHOLDER,
			description:
				'The new definition in Segment\'s query language; give it with "Definition Type". The Segment app cannot edit a definition set through the API.',
		},
	]),
];
