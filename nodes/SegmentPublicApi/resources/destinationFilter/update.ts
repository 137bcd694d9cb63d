import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { actionsFields } from './actions';
import {
	conditionField,
	destinationField,
	enabledFieldOf,
	FILTER_PATH,
	filterIdField,
	titleField,
} from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a destination filter',
	description: 'Change the condition, actions, title or state of a filter',
	routing: segmentRouting({ method: 'PATCH', path: FILTER_PATH, root: 'filter' }),
};

const properties: INodeProperties[] = [
	destinationField('The destination the filter belongs to'),
	filterIdField('The ID of the filter to change, as listed by Get Many'),
	optionalFields('updateFields', [
		conditionField(false),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the filter is for; empty clears it',
			routing: { send: { type: 'body', property: 'description' } },
		},
		enabledFieldOf(),
		titleField(false),
	]),
	// After Update Fields: its check that something changes sees the whole body.
	...actionsFields('actions', true),
];

const displayOptions = { show: { resource: ['destinationFilter'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
