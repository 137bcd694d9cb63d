import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	enabledField,
	optionalFields,
	requiredTextBody,
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	DEFINITION_TYPES,
	QUERY_PLACEHOLDER,
	simplifyComputedTrait,
	TRAITS,
	traitOptionFields,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a computed trait',
	description: 'Create a computed trait in a space; Segment allows 10 creates per minute',
	routing: segmentRouting({
		method: 'POST',
		path: TRAITS,
		root: 'computedTrait',
		version: 'v1alpha',
		simplify: simplifyComputedTrait,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space to create the computed trait in'),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. Orders Last 30 Days',
		description: 'The name of the computed trait; Segment derives its trait key from it',
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
		routing: { send: { preSend: [requiredTextBody('query', 'Query', 'definition.query')] } },
	},
	optionalFields('additionalFields', [
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

const displayOptions = { show: { resource: ['computedTrait'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
