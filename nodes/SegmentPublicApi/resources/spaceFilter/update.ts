import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import {
	checkedUpdate,
	FILTER,
	filterIdField,
	filterOptionFields,
	simplifySpaceFilter,
	spaceField,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a space filter',
	description:
		'Change a space filter. Segment documents this as replacing the filter, so give every field it should keep.',
	routing: segmentRouting({
		method: 'PATCH',
		path: FILTER,
		root: 'filter',
		version: 'v1beta',
		simplify: simplifySpaceFilter,
	}),
};

const properties: INodeProperties[] = [
	{
		...filterIdField('The ID of the space filter to update'),
		routing: { send: { preSend: [checkedUpdate] } },
	},
	spaceField('The space the filter belongs to (Segment requires it with every update)', 'body'),
	optionalFields('updateFields', [
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

const displayOptions = { show: { resource: ['spaceFilter'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
