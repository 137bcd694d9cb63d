import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { enabledField, optionalFields, resourceLocator } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	checkedUpdate,
	computedTraitIdField,
	DEFINITION_TYPES,
	QUERY_PLACEHOLDER,
	simplifyComputedTrait,
	TRAIT,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a computed trait',
	description:
		'Change a computed trait; Segment allows 10 updates per minute and locks the trait until the change is applied',
	routing: segmentRouting({
		method: 'PATCH',
		path: TRAIT,
		root: 'computedTrait',
		version: 'v1alpha',
		simplify: simplifyComputedTrait,
	}),
};

const properties: INodeProperties[] = [
	resourceLocator('spaceId', 'The space of the computed trait'),
	{
		...computedTraitIdField('The computed trait to update'),
		routing: { send: { preSend: [checkedUpdate] } },
	},
	optionalFields('updateFields', [
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

const displayOptions = { show: { resource: ['computedTrait'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
