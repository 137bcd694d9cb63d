import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import { actionsFields } from './actions';
import {
	conditionField,
	destinationField,
	enabledFieldOf,
	filterIdField,
	titleField,
} from './fields';

const show = { resource: ['destinationFilter'], operation: ['update'] };

export const destinationFilterUpdateDescription: INodeProperties[] = [
	destinationField(show, 'The destination the filter belongs to'),
	filterIdField(show, 'The ID of the filter to change, as listed by Get Many'),
	optionalFields('updateFields', show, [
		conditionField(undefined, false),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the filter is for; empty clears it',
			routing: { send: { type: 'body', property: 'description' } },
		},
		enabledFieldOf(),
		titleField(undefined, false),
	]),
	// After Update Fields: its check that something changes sees the whole body.
	...actionsFields(show, 'actions', true),
];
