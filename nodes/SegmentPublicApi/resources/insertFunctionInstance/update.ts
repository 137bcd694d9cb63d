import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField, optionalFields } from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';
import { INSTANCE_PATH, instanceIdField, SETTINGS_DESCRIPTION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an insert function instance',
	description: 'Change the settings, name or state of an insert function instance',
	routing: segmentRouting({
		method: 'PATCH',
		path: INSTANCE_PATH,
		root: 'insertFunctionInstance',
		version: 'v1alpha',
	}),
};

const properties: INodeProperties[] = [
	instanceIdField('The ID of the instance to change, as listed by Get Many'),
	// Segment requires the settings on every update.
	jsonBodyField(
		'settings',
		'Settings (JSON)',
		`${SETTINGS_DESCRIPTION}. Segment requires them on every update.`,
		{ required: true },
	),
	optionalFields('updateFields', [
		enabledField('Whether the instance runs'),
		nameField('The name of the instance, shown in the Segment app'),
	]),
];

const displayOptions = { show: { resource: ['insertFunctionInstance'], operation: ['update'] } };

export const description = updateDisplayOptions(displayOptions, properties);
