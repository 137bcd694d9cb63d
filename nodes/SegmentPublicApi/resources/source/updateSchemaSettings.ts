import {
	updateDisplayOptions,
	type INodeProperties,
	type INodePropertyOptions,
} from 'n8n-workflow';
import {
	jsonBodyField,
	optionalFields,
	refusingEmptyUpdate,
	resourceLocator,
} from '../../shared/descriptions';
import { segmentRouting } from '../../shared/routing';

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

export const option: INodePropertyOptions = {
	name: 'Update Schema Settings',
	value: 'updateSchemaSettings',
	action: 'Update the schema settings of a source',
	description:
		'Change how Protocols treats the events of a source; the settings not given are kept',
	routing: segmentRouting({ method: 'PATCH', path: '/sources/{sourceId}/settings' }),
};

const properties: INodeProperties[] = refusingEmptyUpdate([
	resourceLocator('sourceId', 'The source whose schema settings to change'),
	optionalFields('updateFields', [
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

const displayOptions = { show: { resource: ['source'], operation: ['updateSchemaSettings'] } };

export const description = updateDisplayOptions(displayOptions, properties);
