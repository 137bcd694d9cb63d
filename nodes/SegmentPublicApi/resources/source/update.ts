import type { INodeProperties } from 'n8n-workflow';
import {
	enabledField,
	jsonBodyField,
	nameField,
	optionalFields,
	refusingEmptyUpdate,
	resourceLocator,
} from '../../shared/descriptions';

const show = { resource: ['source'], operation: ['update'] };

export const sourceUpdateDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('sourceId', show, 'The source to update'),
	optionalFields('updateFields', show, [
		enabledField('Whether the source accepts data'),
		nameField('The name shown for the source in the Segment app'),
		jsonBodyField('settings', 'Settings', 'Settings to set on the source, as a JSON object'),
		{
			displayName: 'Slug',
			name: 'slug',
			type: 'string',
			default: '',
			description: 'The slug that identifies the source in the Segment app and its URLs',
			routing: { send: { type: 'body', property: 'slug' } },
		},
	]),
]);
