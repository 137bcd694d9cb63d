import type { INodeProperties } from 'n8n-workflow';
import { enabledField, jsonBodyField, nameField } from '../../shared/descriptions';
import { optionalFields } from '../../shared/legacyFields';
import { instanceIdField, SETTINGS_DESCRIPTION } from './fields';

const show = { resource: ['insertFunctionInstance'], operation: ['update'] };

export const insertFunctionInstanceUpdateDescription: INodeProperties[] = [
	instanceIdField(show, 'The ID of the instance to change, as listed by Get Many'),
	// Segment requires the settings on every update.
	jsonBodyField(
		'settings',
		'Settings (JSON)',
		`${SETTINGS_DESCRIPTION}. Segment requires them on every update.`,
		{ required: true, displayOptions: { show } },
	),
	optionalFields('updateFields', show, [
		enabledField('Whether the instance runs'),
		nameField('The name of the instance, shown in the Segment app'),
	]),
];
