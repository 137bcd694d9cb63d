import type { INodeProperties } from 'n8n-workflow';
import {
	jsonBodyField,
	optionalFields,
	refusingEmptyUpdate,
	resourceLocator,
} from '../../shared/descriptions';

const getShow = { resource: ['source'], operation: ['getSchemaSettings'] };
const updateShow = { resource: ['source'], operation: ['updateSchemaSettings'] };

const eventSettings = (name: 'track' | 'identify' | 'group', displayName: string) =>
	jsonBodyField(
		name,
		`${displayName} Settings`,
		`How Protocols treats ${displayName.toLowerCase()} calls of the source, as a JSON object, e.g. {"allowUnplannedEvents": false}`,
	);

const forwardTo = (name: string, displayName: string, what: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. qQEHquLrjRDN9j1ByrChyn',
	description: `The ID of the source that receives ${what}`,
	routing: { send: { type: 'body', property: name } },
});

export const sourceGetSchemaSettingsDescription: INodeProperties[] = [
	resourceLocator('sourceId', getShow, 'The source whose schema settings to get'),
];

export const sourceUpdateSchemaSettingsDescription: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('sourceId', updateShow, 'The source whose schema settings to change'),
	optionalFields('updateFields', updateShow, [
		forwardTo(
			'forwardingBlockedEventsTo',
			'Forward Blocked Events To',
			'the events Protocols blocks',
		),
		forwardTo('forwardingViolationsTo', 'Forward Violations To', 'the violations Protocols finds'),
		eventSettings('group', 'Group'),
		eventSettings('identify', 'Identify'),
		eventSettings('track', 'Track'),
	]),
]);
