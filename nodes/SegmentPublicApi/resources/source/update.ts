import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	enabledField,
	jsonBodyField,
	nameField,
	optionalFields,
	refusingEmptyUpdate,
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { simplifySource } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a source',
	description: 'Change the name, slug, enabled state or settings of a source',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/sources/{sourceId}',
		root: 'source',
		simplify: simplifySource,
	}),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('sourceId', 'The source to update'),
	optionalFields('updateFields', [
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

const displayOptions = { show: { resource: ['source'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
