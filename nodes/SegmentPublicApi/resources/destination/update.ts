import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField, refusingEmptyUpdate } from '../../shared/descriptions';
import { optionalFields, resourceLocator } from '../../shared/legacyFields';

const show = { resource: ['destination'], operation: ['update'] };

export const destinationUpdateDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('destinationId', show, 'The destination to update'),
	optionalFields('updateFields', show, [
		enabledField('Whether the destination receives data'),
		nameField('The name shown for the destination in the Segment app'),
		jsonBodyField('settings', 'Settings', 'Settings to set on the destination, as a JSON object'),
	]),
]);
