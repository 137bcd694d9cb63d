import type { INodeProperties } from 'n8n-workflow';
import { enabledField, requiredTextBody } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';
import { DEFINITION_TYPES, QUERY_PLACEHOLDER, traitOptionFields } from './fields';

const show = { resource: ['computedTrait'], operation: ['create'] };

export const computedTraitCreateDescription: INodeProperties[] = [
	resourceLocator('spaceId', show, 'The space to create the computed trait in'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Orders Last 30 Days',
		description: 'The name of the computed trait; Segment derives its trait key from it',
		displayOptions: { show },
		routing: { send: { preSend: [requiredTextBody('name', 'Name')] } },
	},
	{
		displayName: 'Definition Type',
		name: 'definitionType',
		type: 'options',
		options: DEFINITION_TYPES,
		required: true,
		default: 'USERS',
		description: 'Whether the trait is computed for users or for accounts',
		displayOptions: { show },
		routing: { send: { type: 'body', property: 'definition.type' } },
	},
	{
		displayName: 'Query',
		name: 'query',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: QUERY_PLACEHOLDER,
		description:
			'The definition in Segment\'s query language (see <a href="https://segment.com/docs/api/public-api/query-language">the query language docs</a>). The Segment app cannot edit a definition set through the API.',
		displayOptions: { show },
		routing: { send: { preSend: [requiredTextBody('query', 'Query', 'definition.query')] } },
	},
	optionalFields('additionalFields', show, [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the computed trait measures',
			routing: { send: { type: 'body', property: 'description' } },
		},
		enabledField('Whether Segment computes the trait'),
		...traitOptionFields(),
	]),
];
