import type { INodeProperties } from 'n8n-workflow';
import { optionalFields } from '../../shared/legacyFields';
import { labelKeyAndValue } from './fields';

const show = { resource: ['label'], operation: ['create'] };

export const labelCreateDescription: INodeProperties[] = [
	...labelKeyAndValue(show, true),
	optionalFields('additionalFields', show, [
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
