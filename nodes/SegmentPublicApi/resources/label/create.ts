import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { labelKeyAndValue } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a label',
	description: 'Create a label (a key and a value) that sources can carry',
	routing: segmentRouting({ method: 'POST', path: '/labels', root: 'label' }),
};

const properties: INodeProperties[] = [
	...labelKeyAndValue(true),
	optionalFields('additionalFields', [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'What the label means, shown in the Segment app',
			routing: { send: { type: 'body', property: 'label.description' } },
		},
	]),
];

const displayOptions = { show: { resource: ['label'], operation: ['create'] } };

export const description = updateDisplayOptions(displayOptions, properties);
