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
import { simplifyDestination } from '../../shared/utils';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a destination',
	description: 'Change the name, enabled state or settings of a destination',
	routing: segmentRouting({
		method: 'PATCH',
		path: '/destinations/{destinationId}',
		root: 'destination',
		simplify: simplifyDestination,
	}),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('destinationId', 'The destination to update'),
	optionalFields('updateFields', [
		enabledField('Whether the destination receives data'),
		nameField('The name shown for the destination in the Segment app'),
		jsonBodyField('settings', 'Settings', 'Settings to set on the destination, as a JSON object'),
	]),
]);

const displayOptions = { show: { resource: ['destination'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
